package com.tuoyu.directory.supervision;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The random inspection draw (双随机、一公开) over HTTP: reproducible from its seed, weighted by risk, announced at once
 * and published with its results only after every drawn nursery's random inspection is recorded.
 */
@QuarkusTest
class InspectionDrawTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The Lanzhou county with the most filed nurseries; no other test draws there. */
    private static String county() {
        return (String) Database.rows("select n.division_code from nursery n join filing f on f.nursery_id = n.id "
                + "where f.status = 'FILED' and n.division_code like '6201%' group by 1 order by count(*) desc, 1 limit 1")
                .get(0).get("division_code");
    }

    private static String supervisor(String county) {
        return Tokens.staff("SUPERVISOR", "sup-" + UUID.randomUUID(), county);
    }

    private static Map<String, String> addInspector(String token, String county) {
        String name = "检查员" + UUID.randomUUID().toString().substring(0, 6);
        String number = "LZ-" + UUID.randomUUID().toString().substring(0, 8);
        String id = given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("divisionCode", county, "name", name, "employeeNumber", number))
                .post("/api/v1/admin/inspectors").then().statusCode(201).extract().path("id");
        return Map.of("id", id, "name", name, "employeeNumber", number);
    }

    private static JsonPath draw(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/admin/inspection-draws").then().statusCode(201).extract().jsonPath();
    }

    @Test
    void theSameSeedGivesTheSamePicksTheRecordReproducesThemAndThePublicSeesNoInspectors() {
        String county = county();
        String token = supervisor(county);
        List<Map<String, String>> inspectors = List.of(addInspector(token, county), addInspector(token, county),
                addInspector(token, county));

        JsonPath first = draw(token, Map.of("division", county, "count", 2, "seed", 424242L));
        JsonPath second = draw(token, Map.of("division", county, "count", 2, "seed", 424242L));
        assertThat(first.getList("picks.nurseryId", String.class)).hasSize(2)
                .isEqualTo(second.getList("picks.nurseryId", String.class));
        assertThat(first.getList("picks.inspectors.id")).isEqualTo(second.getList("picks.inspectors.id"));
        assertThat(first.getList("picks[0].inspectors")).hasSize(2);
        List<String> candidates = first.getList("candidates.nurseryId", String.class);
        assertThat(candidates).isSortedAccordingTo(Comparator.naturalOrder())
                .hasSize((int) Database.count("select count(*) from nursery n join filing f on f.nursery_id = n.id "
                        + "where f.status = 'FILED' and n.division_code = ?", county));
        assertThat(first.getList("roster", String.class)).containsAll(inspectors.stream().map(i -> i.get("id")).toList());

        String id = first.getString("id");
        given().auth().oauth2(token).post("/api/v1/admin/inspection-draws/{id}/verification", id).then().statusCode(200)
                .body("reproduced", equalTo(true)).body("seed", equalTo(424242));
        given().auth().oauth2(token).get("/api/v1/admin/inspection-draws/{id}", id).then().statusCode(200)
                .body("seed", equalTo(424242)).body("picks.nurseryId", equalTo(first.getList("picks.nurseryId")));
        given().auth().oauth2(Tokens.staff("SUPERVISOR", "sup-x", "360102"))
                .get("/api/v1/admin/inspection-draws/{id}", id).then().statusCode(404);

        JsonPath unseeded = draw(token, Map.of("division", county, "count", 1, "inspectorsPerNursery", 3));
        assertThat(unseeded.getLong("seed")).isNotNull();
        assertThat(unseeded.getList("picks[0].inspectors")).hasSize(3);
        given().auth().oauth2(token).post("/api/v1/admin/inspection-draws/{id}/verification", unseeded.getString("id"))
                .then().statusCode(200).body("reproduced", equalTo(true));

        String published = given().queryParam("division", county).get("/api/v1/inspection-draws").then().statusCode(200)
                .header("Cache-Control", "public, max-age=60").extract().asString();
        // Before the visits only the fact of the draw is public: no nursery drawn is named.
        Map<String, Object> announced = JsonPath.from(published).getMap("find { it.id == '" + id + "' }");
        assertThat(announced).containsEntry("drawnOn", LocalDate.now(CHINA).toString())
                .containsEntry("divisionCode", county).containsEntry("published", false).containsEntry("nurseryCount", 2)
                .doesNotContainKey("nurseries");
        for (String picked : first.getList("picks.nurseryId", String.class)) {
            assertThat(announced.toString()).doesNotContain(picked);
        }
        for (Map<String, String> inspector : inspectors) {
            assertThat(published).doesNotContain(inspector.get("id")).doesNotContain(inspector.get("name"))
                    .doesNotContain(inspector.get("employeeNumber"));
        }
        assertThat(Database.count("select count(*) from audit_entry where subject_id = ? and action = 'INSPECTION_DRAWN'", id))
                .isEqualTo(1);
    }

    /** Another Lanzhou county with filed nurseries: no other test draws or records random inspections there. */
    private static String quietCounty() {
        return (String) Database.rows("select n.division_code from nursery n join filing f on f.nursery_id = n.id "
                + "where f.status = 'FILED' and n.division_code like '6201%' and n.division_code not in (?, '620111') "
                + "group by 1 having count(*) >= 2 order by count(*) desc, 1 limit 1", county()).get(0).get("division_code");
    }

    private static void inspect(String token, String nursery, String inspector, LocalDate on, String kind, String result) {
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("inspectedOn", on.toString(), "kind", kind, "result", result, "findings", "抽查记录",
                        "inspectorIds", List.of(inspector)))
                .post("/api/v1/admin/nurseries/{id}/inspections", nursery).then().statusCode(201);
    }

    private static Map<String, Object> publicDraw(String county, String id) {
        return given().queryParam("division", county).get("/api/v1/inspection-draws").then().statusCode(200)
                .extract().jsonPath().getMap("find { it.id == '" + id + "' }");
    }

    @Test
    void aDrawIsPublishedWithItsResultsOnlyOnceEveryDrawnNurseryHasARandomInspectionOnOrAfterItsDate() {
        String county = quietCounty();
        String token = supervisor(county);
        String inspector = addInspector(token, county).get("id");
        addInspector(token, county);
        JsonPath drawn = draw(token, Map.of("division", county, "count", 2, "inspectorsPerNursery", 1));
        String id = drawn.getString("id");
        List<String> picked = drawn.getList("picks.nurseryId", String.class);

        Map<String, Object> announced = publicDraw(county, id);
        assertThat(announced).containsEntry("divisionCode", county).containsEntry("published", false)
                .containsEntry("nurseryCount", 2).doesNotContainKey("nurseries");
        LocalDate drawnOn = LocalDate.parse((String) announced.get("drawnOn"));

        // One nursery visited; the other only routinely, or at random before the draw: still nobody is named.
        inspect(token, picked.get(0), inspector, drawnOn, "RANDOM", "PASSED");
        inspect(token, picked.get(1), inspector, drawnOn, "ROUTINE", "PASSED");
        inspect(token, picked.get(1), inspector, drawnOn.minusDays(1), "RANDOM", "PASSED");
        Map<String, Object> partly = publicDraw(county, id);
        assertThat(partly).containsEntry("published", false).doesNotContainKey("nurseries");
        assertThat(partly.toString()).doesNotContain(picked.get(0)).doesNotContain(picked.get(1));

        inspect(token, picked.get(1), inspector, drawnOn, "RANDOM", "RECTIFICATION_REQUIRED");
        JsonPath published = JsonPath.from(given().queryParam("division", county).get("/api/v1/inspection-draws")
                .then().statusCode(200).extract().asString());
        String draw = "find { it.id == '" + id + "' }";
        assertThat(published.getBoolean(draw + ".published")).isTrue();
        assertThat(published.getInt(draw + ".nurseryCount")).isEqualTo(2);
        assertThat(published.getList(draw + ".nurseries.id", String.class)).isEqualTo(picked);
        assertThat(published.getList(draw + ".nurseries.name", String.class))
                .isEqualTo(drawn.getList("picks.name", String.class));
        assertThat(published.getList(draw + ".nurseries.inspectedOn", String.class))
                .containsExactly(drawnOn.toString(), drawnOn.toString());
        assertThat(published.getList(draw + ".nurseries.result.code", String.class))
                .containsExactly("PASSED", "RECTIFICATION_REQUIRED");
        assertThat(published.getList(draw + ".nurseries.result.label", String.class)).containsExactly("合格", "责令整改");
        assertThat(published.prettify()).doesNotContain(inspector);

        // A nursery revoked after its visit stays in the published draw, by its name when drawn, with its result.
        given().auth().oauth2(Tokens.staff("FILING_OFFICER", "officer-" + UUID.randomUUID(), county))
                .contentType("application/json").body(Map.of("decision", "REVOKE", "reasons", "抽查发现严重问题，依法撤销备案"))
                .post("/api/v1/admin/nurseries/{id}/filing/decisions", picked.get(1)).then().statusCode(200);
        Map<String, Object> afterRevocation = publicDraw(county, id);
        assertThat(afterRevocation).containsEntry("published", true);
        assertThat(JsonPath.from(given().queryParam("division", county).get("/api/v1/inspection-draws").asString())
                .getList(draw + ".nurseries.result.code", String.class)).containsExactly("PASSED", "RECTIFICATION_REQUIRED");
    }

    @Test
    void aHighRiskNurseryIsDrawnMeasurablyMoreOftenThanALowRiskOne() {
        String county = county();
        String token = supervisor(county);
        addInspector(token, county);
        addInspector(token, county);
        List<Map<String, Object>> ranking = given().auth().oauth2(token).queryParam("division", county)
                .get("/api/v1/admin/risk").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(ranking.size()).isGreaterThanOrEqualTo(3);
        String low = (String) ranking.get(ranking.size() - 1).get("nurseryId");
        String high = (String) ranking.get(ranking.size() - 2).get("nurseryId");
        // Make one nursery risky: black-listed (10 points) with two recent penalties (8 points).
        LocalDate today = LocalDate.now(CHINA);
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("list", "BLACK", "listedOn", today.minusDays(5).toString(), "reason", "多次违规收托"))
                .post("/api/v1/admin/nurseries/{id}/credit-entries", high).then().statusCode(201);
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(token).contentType("application/json")
                    .body(Map.of("decidedOn", today.minusDays(20 + i).toString(), "decisionNumber", "兰卫罚〔2026〕" + (70 + i) + "号",
                            "authority", "兰州市卫生健康委员会", "violation", "超额收托", "sanction", "警告"))
                    .post("/api/v1/admin/nurseries/{id}/penalties", high).then().statusCode(201);
        }
        JsonPath risk = given().auth().oauth2(token).get("/api/v1/admin/nurseries/{id}/risk", high).then().statusCode(200)
                .extract().jsonPath();
        assertThat(risk.getDouble("components.find { it.factor == 'PENALTIES' }.value")).isGreaterThanOrEqualTo(2.0);
        assertThat(risk.getDouble("score")).isEqualTo(risk.getList("components.points", Float.class).stream()
                .mapToDouble(Float::doubleValue).sum(), org.assertj.core.api.Assertions.within(0.05));

        Map<String, Integer> picks = new HashMap<>();
        double highShare = 0;
        double lowShare = 0;
        int draws = 60;
        for (int seed = 0; seed < draws; seed++) {
            JsonPath drawn = draw(token, Map.of("division", county, "count", 1, "inspectorsPerNursery", 1, "seed", 9000 + seed));
            picks.merge(drawn.getString("picks[0].nurseryId"), 1, Integer::sum);
            if (seed == 0) {
                List<Map<String, Object>> candidates = drawn.getList("candidates");
                double total = candidates.stream().mapToDouble(c -> ((Number) c.get("weight")).doubleValue()).sum();
                highShare = weight(candidates, high) / total;
                lowShare = weight(candidates, low) / total;
                assertThat(weight(candidates, high)).isEqualTo(risk.getDouble("drawWeight"), org.assertj.core.api.Assertions.within(0.01));
            }
        }
        int highPicks = picks.getOrDefault(high, 0);
        int lowPicks = picks.getOrDefault(low, 0);
        assertThat(highShare).as("the boosted nursery weighs clearly more").isGreaterThan(2 * lowShare);
        assertThat(highPicks).as("picks of the high-risk nursery (expected about %.1f)", highShare * draws)
                .isGreaterThan(lowPicks).isGreaterThanOrEqualTo((int) Math.floor(highShare * draws / 3));
    }

    private static double weight(List<Map<String, Object>> candidates, String id) {
        return candidates.stream().filter(c -> id.equals(c.get("nurseryId")))
                .mapToDouble(c -> ((Number) c.get("weight")).doubleValue()).findFirst().orElseThrow();
    }

    @Test
    void drawsAreRefusedWithoutEnoughInspectorsOrOutsideTheDistrictAndBadRequestsAre400() {
        String token = supervisor("620111");
        given().auth().oauth2(Tokens.staff("SUPERVISOR", "s", "360102")).contentType("application/json")
                .body(Map.of("division", "620111", "count", 1)).post("/api/v1/admin/inspection-draws").then().statusCode(404);
        given().auth().oauth2(token).contentType("application/json").body(Map.of("division", "620111", "count", 1,
                "inspectorsPerNursery", 5)).post("/api/v1/admin/inspection-draws").then().statusCode(409);
        given().auth().oauth2(token).contentType("application/json").body(Map.of("division", "620111", "count", 0))
                .post("/api/v1/admin/inspection-draws").then().statusCode(400).body("errors[0].field", equalTo("count"));
        given().get("/api/v1/inspection-draws").then().statusCode(400).contentType("application/problem+json");
    }
}
