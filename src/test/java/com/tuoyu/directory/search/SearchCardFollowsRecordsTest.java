package com.tuoyu.directory.search;

import com.tuoyu.directory.disclosure.DisclosureService;
import com.tuoyu.directory.disclosure.dto.DisclosureImport;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.support.ListedNurseries;
import com.tuoyu.directory.support.TestNurseries;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A supervisor's new record reaches the search card within seconds (through the outbox and the index), and the card
 * reads as the records say: carers below the ratio from the start, then an inspection, an old penalty that is no
 * warning, a recent one that is, and the black list. The fee names its class and says 起, with or without meals.
 */
@QuarkusTest
class SearchCardFollowsRecordsTest {

    @Inject
    NurseryService nurseries;

    @Inject
    DisclosureService disclosures;

    @Test
    void aNewSupervisionRecordChangesTheCardWithinSeconds() {
        TestNurseries.ensureTestCounty();
        LocalDate today = ListedNurseries.today();
        LocalDate asOf = today.minusDays(5);
        TestNurseries.Created nursery = TestNurseries.create(nurseries, disclosures, TestNurseries.TEST_COUNTY, false, true,
                List.of(new DisclosureImport.CapacityRow(AgeGroup.TODDLER, 10, 10, 1, asOf),
                        new DisclosureImport.CapacityRow(AgeGroup.PRESCHOOL, 10, 5, 1, asOf)),
                List.of(new DisclosureImport.FeeRow(CareType.FULL_DAY, AgeGroup.TODDLER, 2000, 300, today.minusDays(30)),
                        new DisclosureImport.FeeRow(CareType.FULL_DAY, AgeGroup.PRESCHOOL, 1800, 600, today.minusDays(30))),
                TestNurseries.basicPermits());

        Map<String, Object> card = awaitCard(nursery, c -> codes(c).contains("NEVER_INSPECTED"));
        assertThat(codes(card)).containsExactly("CARER_RATIO_BELOW_STANDARD", "NEVER_INSPECTED");
        assertThat(card).extracting("fee").extracting("label").isEqualTo("托大班 1800元/月起");
        Map<String, Object> withMeals = card(Map.of("q", nursery.name(), "careType", "FULL_DAY", "includeMeals", "true"), nursery.id());
        assertThat(withMeals).extracting("fee").extracting("amountYuan").isEqualTo(2300);
        assertThat(withMeals).extracting("fee").extracting("label").isEqualTo("托小班 2300元/月起（含餐费）");

        String supervisor = Tokens.staff("SUPERVISOR", "sup-" + UUID.randomUUID(), TestNurseries.TEST_COUNTY);
        String inspector = given().auth().oauth2(supervisor).contentType("application/json")
                .body(Map.of("divisionCode", TestNurseries.TEST_COUNTY, "name", "卡片测试检查员",
                        "employeeNumber", "CW-" + UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/admin/inspectors").then().statusCode(201).extract().path("id");
        penalty(supervisor, nursery.id(), today.minusMonths(25), "进卫罚〔2024〕3号");
        given().auth().oauth2(supervisor).contentType("application/json")
                .body(Map.of("inspectedOn", today.minusDays(1).toString(), "kind", "ROUTINE", "result", "PASSED",
                        "findings", "未发现问题", "inspectorIds", List.of(inspector)))
                .post("/api/v1/admin/nurseries/{id}/inspections", nursery.id()).then().statusCode(201);
        card = awaitCard(nursery, c -> today.minusDays(1).toString().equals(c.get("lastInspectedOn")));
        assertThat(codes(card)).as("a penalty 25 months ago is no warning").containsExactly("CARER_RATIO_BELOW_STANDARD");

        LocalDate decided = today.minusDays(3);
        penalty(supervisor, nursery.id(), decided, "进卫罚〔2026〕7号");
        card = awaitCard(nursery, c -> codes(c).contains("RECENT_PENALTY"));
        assertThat(codes(card)).containsExactly("RECENT_PENALTY", "CARER_RATIO_BELOW_STANDARD");

        given().auth().oauth2(supervisor).contentType("application/json")
                .body(Map.of("list", "BLACK", "listedOn", today.toString(), "reason", "卡片测试：虚假宣传"))
                .post("/api/v1/admin/nurseries/{id}/credit-entries", nursery.id()).then().statusCode(201);
        card = awaitCard(nursery, c -> codes(c).contains("BLACK_LISTED"));
        assertThat(codes(card)).containsExactly("BLACK_LISTED", "RECENT_PENALTY", "CARER_RATIO_BELOW_STANDARD");

        String id = nursery.id().toString();
        assertThat(ids(Map.of("q", nursery.name(), "noRecentPenalty", "true"))).doesNotContain(id);
        assertThat(ids(Map.of("q", nursery.name(), "inspectedWithinMonths", "1"))).contains(id);
        assertThat(ids(Map.of("q", nursery.name(), "ratiosMeetStandard", "true"))).doesNotContain(id);
    }

    private static void penalty(String token, UUID nursery, LocalDate decidedOn, String number) {
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("decidedOn", decidedOn.toString(), "decisionNumber", number, "authority", "进贤县卫生健康委员会",
                        "violation", "保育人员配备不足", "sanction", "警告"))
                .post("/api/v1/admin/nurseries/{id}/penalties", nursery).then().statusCode(201);
    }

    private static Map<String, Object> awaitCard(TestNurseries.Created nursery,
                                                 java.util.function.Predicate<Map<String, Object>> until) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Map<String, Object> found = card(Map.of("q", nursery.name()), nursery.id());
            return found != null && until.test(found) ? found : null;
        }, java.util.Objects::nonNull);
    }

    /** The nursery's card in the answer (other test nurseries share most of the name), or null. */
    private static Map<String, Object> card(Map<String, String> query, UUID id) {
        return cards(query).stream().filter(c -> id.toString().equals(c.get("id"))).findFirst().orElse(null);
    }

    private static List<Map<String, Object>> cards(Map<String, String> query) {
        JsonPath page = given().queryParams(query).when().get("/api/v1/nurseries").then().statusCode(200).extract().jsonPath();
        return page.getList("items");
    }

    private static List<String> ids(Map<String, String> query) {
        return cards(query).stream().map(c -> (String) c.get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> codes(Map<String, Object> card) {
        return ((List<Map<String, Object>>) card.get("warnings")).stream().map(w -> (String) w.get("code")).toList();
    }
}
