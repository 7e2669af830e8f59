package com.tuoyu.directory.nursery;

import com.tuoyu.directory.platform.images.TestImages;
import com.tuoyu.directory.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.tuoyu.directory.nursery.FilingFixtures.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class FilingMaterialsTest {

    private static String name() {
        return "双滦区材料测试" + UUID.randomUUID().toString().substring(0, 6);
    }

    private static String stateOf(UUID nursery, String requirement) {
        return given().auth().oauth2(officer()).get("/api/v1/admin/nurseries/{id}/filing/materials", nursery)
                .then().statusCode(200).extract().jsonPath()
                .getString("checklist.find { it.requirement == '" + requirement + "' }.state");
    }

    @Test
    void anExpiredRequiredDocumentBlocksTheReceiptUntilAValidOneIsFiled() {
        UUID id = submitted(name(), false, today());
        uploadAll(id, ALL_KINDS.stream().filter(k -> !k.equals("FIRE_SAFETY") && !k.equals("FOOD_BUSINESS_LICENCE")).toList());
        upload(officer(), id, "FIRE_SAFETY", today().minusDays(1).toString(), PDF, "application/pdf").then().statusCode(201)
                .body("expired", equalTo(true));
        assertThat(stateOf(id, "FIRE_SAFETY")).isEqualTo("EXPIRED");
        decide(id, Map.of("decision", "FILE", "filingNumber", filingNumber()))
                .then().statusCode(422).body("errors.field", equalTo(List.of("materials.FIRE_SAFETY")))
                .body("errors[0].message", equalTo("已于 " + today().minusDays(1) + " 过期"));

        upload(officer(), id, "FIRE_SAFETY", null, PDF, "application/pdf").then().statusCode(201);
        assertThat(stateOf(id, "FIRE_SAFETY")).isEqualTo("PRESENT");
        decide(id, Map.of("decision", "FILE", "filingNumber", filingNumber())).then().statusCode(200);
    }

    @Test
    void theFoodBusinessLicenceIsRequiredOnlyWhereMealsAreServed() {
        UUID withMeals = submitted(name(), true, today());
        UUID withoutMeals = submitted(name(), false, today());
        assertThat(stateOf(withMeals, "FOOD_BUSINESS_LICENCE")).isEqualTo("MISSING");
        given().auth().oauth2(officer()).get("/api/v1/admin/nurseries/{id}/filing/materials", withoutMeals)
                .then().statusCode(200).body("checklist.size()", equalTo(8))
                .body("checklist.requirement", org.hamcrest.Matchers.not(hasItem("FOOD_BUSINESS_LICENCE")));
        // A legal-person certificate proves the registration as well as a business licence does.
        upload(officer(), withoutMeals, "LEGAL_PERSON_CERTIFICATE", null, PDF, "application/pdf").then().statusCode(201);
        assertThat(stateOf(withoutMeals, "REGISTRATION_CERTIFICATE")).isEqualTo("PRESENT");
    }

    @Test
    void documentsAreCheckedByContentStrippedOfImageMetadataAndReadBackByStaffWithAnAuditLine() {
        UUID id = submitted(name(), false, today());
        String officer = officer();
        upload(officer, id, "PREMISES_PROOF", null, "just text, not a scan".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .then().statusCode(415).contentType("application/problem+json").body("errors[0].field", equalTo("file"));
        upload(officer, id, "NOT_A_KIND", null, PDF, "application/pdf")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        upload(officer, id, "PREMISES_PROOF", "2020-01-01", PDF, "application/pdf") // valid until before issued on
                .then().statusCode(400).body("errors[0].field", equalTo("validUntil"));
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        upload(officer, id, "PREMISES_PROOF", null, huge, "application/pdf").then().statusCode(413);
        given().auth().oauth2(officer).contentType("application/json").body("{}")
                .when().post("/api/v1/admin/nurseries/{id}/filing/materials", id)
                .then().statusCode(415).contentType("application/problem+json");
        assertThat(Database.count("select count(*) from filing_material m join filing f on f.id = m.filing_id "
                + "where f.nursery_id = ?", id)).isZero();

        byte[] photo = TestImages.jpegWithGps();
        String materialId = upload(officer, id, "PREMISES_PROOF", null, photo, "image/jpeg")
                .then().statusCode(201).body("contentType", equalTo("image/jpeg")).extract().path("id");
        byte[] pdfBack = null;
        String pdfId = upload(officer, id, "FILING_FORM", null, PDF, "application/octet-stream")
                .then().statusCode(201).body("contentType", equalTo("application/pdf")).extract().path("id");

        byte[] stored = given().auth().oauth2(supervisor())
                .get("/api/v1/admin/nurseries/{id}/filing/materials/{m}", id, materialId)
                .then().statusCode(200).contentType("image/jpeg").header("Cache-Control", "private, no-store")
                .extract().asByteArray();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(TestImages.SECRET);
        pdfBack = given().auth().oauth2(officer).get("/api/v1/admin/nurseries/{id}/filing/materials/{m}", id, pdfId)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(pdfBack).isEqualTo(PDF);
        assertThat(Database.count("select count(*) from audit_entry where subject_id = ? and action = 'FILING_MATERIAL_READ'",
                id.toString())).isEqualTo(2);

        // Another nursery's document id under this nursery is not found.
        UUID other = submitted(name(), false, today());
        given().auth().oauth2(officer).get("/api/v1/admin/nurseries/{id}/filing/materials/{m}", other, materialId)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void staffOfAnotherDistrictNeitherUploadNorSeeDocumentsAndSupervisorsOnlyRead() {
        UUID id = submitted(name(), false, today());
        String materialId = upload(officer(), id, "COMMITMENT_LETTER", null, PDF, "application/pdf")
                .then().statusCode(201).extract().path("id");
        upload(outOfScopeOfficer(), id, "COMMITMENT_LETTER", null, PDF, "application/pdf").then().statusCode(404);
        given().auth().oauth2(outOfScopeOfficer()).get("/api/v1/admin/nurseries/{id}/filing/materials", id).then().statusCode(404);
        given().auth().oauth2(outOfScopeOfficer()).get("/api/v1/admin/nurseries/{id}/filing/materials/{m}", id, materialId)
                .then().statusCode(404);
        upload(supervisor(), id, "COMMITMENT_LETTER", null, PDF, "application/pdf").then().statusCode(403);
        given().auth().oauth2(supervisor()).get("/api/v1/admin/nurseries/{id}/filing/materials", id)
                .then().statusCode(200).body("materials.size()", equalTo(1));
    }
}
