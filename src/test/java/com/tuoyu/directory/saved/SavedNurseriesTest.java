package com.tuoyu.directory.saved;

import com.tuoyu.directory.nursery.FilingFixtures;
import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** A parent's saved nurseries through the API: one list per account, at most 50, unlisted ones shown with why. */
@QuarkusTest
class SavedNurseriesTest {

    private static final String PATH = "/api/v1/me/saved-nurseries";

    /** Demo nurseries whose filing is in force, read with plain SQL; the saves below never change them. */
    private static List<String> filed;

    @BeforeAll
    static void filedNurseries() {
        filed = Database.rows("select nursery_id from filing where status = 'FILED' order by nursery_id limit 51")
                .stream().map(row -> row.get("nursery_id").toString()).toList();
        assertThat(filed).hasSize(51);
    }

    private static String newParent() {
        return Tokens.parent("parent-" + UUID.randomUUID());
    }

    private static Response save(String token, Object nursery) {
        return given().auth().oauth2(token).when().put(PATH + "/{id}", nursery);
    }

    private static Response remove(String token, Object nursery) {
        return given().auth().oauth2(token).when().delete(PATH + "/{id}", nursery);
    }

    private static Response list(String token) {
        return given().auth().oauth2(token).when().get(PATH);
    }

    @Test
    void aParentSavesListsAndRemovesNurseriesAndSavingTwiceChangesNothing() {
        String parent = newParent();
        String first = filed.get(0);
        String second = filed.get(1);
        list(parent).then().statusCode(200).body("count", equalTo(0)).body("limit", equalTo(50)).body("items", hasSize(0));

        String name = Database.rows("select name from nursery where id = ?::uuid", first).get(0).get("name").toString();
        save(parent, first).then().statusCode(201).body("nurseryId", equalTo(first)).body("listed", equalTo(true))
                .body("name", equalTo(name)).body("card.id", equalTo(first)).body("card.name", equalTo(name))
                .body("card.warnings", notNullValue()).body("notListedReason", nullValue());
        String savedAt = list(parent).then().extract().path("items[0].savedAt");
        save(parent, second).then().statusCode(201);
        // A repeat (a second device, a retry) answers 200 and keeps the first save and its date.
        save(parent, first).then().statusCode(200).body("nurseryId", equalTo(first)).body("savedAt", equalTo(savedAt));

        list(parent).then().statusCode(200).body("count", equalTo(2))
                .body("items.nurseryId", equalTo(List.of(second, first)))
                .body("items.listed", equalTo(List.of(true, true)))
                .body("items[1].savedAt", equalTo(savedAt))
                .body("items[1].savedAt", containsString("+08:00"));
        assertThat(Database.count("select count(*) from saved_nursery where nursery_id = ?::uuid and parent_id = ?",
                first, parentId(parent))).isEqualTo(1);

        remove(parent, first).then().statusCode(204);
        remove(parent, first).then().statusCode(204);
        list(parent).then().body("items.nurseryId", equalTo(List.of(second)));
    }

    @Test
    void theFiftyFirstNurseryIsRefusedUntilOneIsRemoved() {
        String parent = newParent();
        for (String nursery : filed.subList(0, 50)) {
            save(parent, nursery).then().statusCode(201);
        }
        save(parent, filed.get(50)).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://nursery-directory.cn/problems/unprocessable"))
                .body("detail", containsString("最多收藏 50 家")).body("errors[0].field", equalTo("nurseryId"));
        // Saving one already on the full list is still a harmless repeat.
        save(parent, filed.get(3)).then().statusCode(200);
        list(parent).then().statusCode(200).body("count", equalTo(50)).body("items", hasSize(50))
                .body("items[0].nurseryId", equalTo(filed.get(49)));

        remove(parent, filed.get(0)).then().statusCode(204);
        save(parent, filed.get(50)).then().statusCode(201);
        list(parent).then().body("count", equalTo(50)).body("items[0].nurseryId", equalTo(filed.get(50)));
    }

    @Test
    void eachParentHasTheirOwnList() {
        String one = newParent();
        String other = newParent();
        save(one, filed.get(5)).then().statusCode(201);
        list(other).then().statusCode(200).body("count", equalTo(0));
        remove(other, filed.get(5)).then().statusCode(204);
        save(other, filed.get(6)).then().statusCode(201);
        list(one).then().body("items.nurseryId", equalTo(List.of(filed.get(5))));
        list(other).then().body("items.nurseryId", equalTo(List.of(filed.get(6))));
    }

    @Test
    void onlyListedNurseriesCanBeSaved() {
        String parent = newParent();
        save(parent, UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        List<Map<String, Object>> notFiled = Database.rows("select nursery_id from filing where status <> 'FILED' limit 1");
        assertThat(notFiled).isNotEmpty();
        save(parent, notFiled.get(0).get("nursery_id")).then().statusCode(404).contentType("application/problem+json");
        save(parent, "not-a-uuid").then().statusCode(400).body("errors[0].field", equalTo("nurseryId"));
        list(parent).then().body("count", equalTo(0));
    }

    @Test
    void aSavedNurseryWhoseFilingIsRevokedStaysOnTheListAsNotListedWithItsReason() {
        String parent = newParent();
        String name = "双滦区收藏托育" + UUID.randomUUID().toString().substring(0, 4);
        UUID nursery = FilingFixtures.filed(name);
        save(parent, nursery).then().statusCode(201).body("listed", equalTo(true));

        FilingFixtures.decide(nursery, Map.of("decision", "REVOKE", "reasons", "发生严重安全责任事故，依法撤销备案"))
                .then().statusCode(200).body("status", equalTo("REVOKED"));

        list(parent).then().statusCode(200).body("count", equalTo(1))
                .body("items[0].nurseryId", equalTo(nursery.toString()))
                .body("items[0].listed", equalTo(false))
                .body("items[0].name", equalTo(name))
                .body("items[0].card", nullValue())
                .body("items[0].notListedReason.code", equalTo("REVOKED"))
                .body("items[0].notListedReason.label", equalTo("备案已撤销"));
        // It cannot be saved again while not listed, and can still be removed.
        save(newParent(), nursery).then().statusCode(404);
        remove(parent, nursery).then().statusCode(204);
        list(parent).then().body("count", equalTo(0));
    }

    @Test
    void onlySignedInParentsHaveAList() {
        given().when().get(PATH).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.staff("HANDLER", "handler-" + UUID.randomUUID(), "360102"))
                .when().put(PATH + "/{id}", filed.get(0)).then().statusCode(403).contentType("application/problem+json");
    }

    /** The subject of a test token, read back the way the service reads it. */
    private static String parentId(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
        return io.restassured.path.json.JsonPath.from(payload).getString("sub");
    }
}
