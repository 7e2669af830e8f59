package com.tuoyu.directory.nursery;

import com.tuoyu.directory.support.Tokens;
import io.restassured.response.Response;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/**
 * Fresh nurseries registered through the admin API in 双滦区 (130803), a county the other test classes leave
 * alone, so that tests of the filing workflow never change the demo data others rely on.
 */
public final class FilingFixtures {

    static final String COUNTY = "130803";
    static final String OTHER_COUNTY = "360102";
    static final double CENTRE_LAT = 40.9590;
    static final double CENTRE_LNG = 117.7990;
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** Every kind the checklist needs for a nursery that serves meals. */
    static final List<String> ALL_KINDS = List.of("BUSINESS_LICENCE", "PREMISES_PROOF", "STAFF_QUALIFICATIONS",
            "STAFF_HEALTH_CERTIFICATES", "HEALTH_EVALUATION", "FIRE_SAFETY", "FILING_FORM", "COMMITMENT_LETTER",
            "FOOD_BUSINESS_LICENCE");

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private FilingFixtures() {
    }

    static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    static String officer() {
        return Tokens.staff("FILING_OFFICER", "officer-" + UUID.randomUUID(), COUNTY);
    }

    static String supervisor() {
        return Tokens.staff("SUPERVISOR", "supervisor-" + UUID.randomUUID(), "130800");
    }

    static String outOfScopeOfficer() {
        return Tokens.staff("FILING_OFFICER", "officer-" + UUID.randomUUID(), OTHER_COUNTY);
    }

    /** Public facts of a unique nursery near the county's centre, in WGS-84. */
    static Map<String, Object> facts(String name, boolean meals) {
        int n = SEQUENCE.incrementAndGet();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("name", name);
        facts.put("operatorName", "承德测试托育服务有限公司");
        facts.put("creditCode", "91130803MA0" + String.format("%07d", Math.abs(name.hashCode() % 10_000_000)));
        facts.put("registrationType", "ENTERPRISE");
        facts.put("operatingModel", "PRIVATE");
        facts.put("inclusive", true);
        facts.put("divisionCode", COUNTY);
        facts.put("address", "承德市双滦区测试路" + n + "号");
        facts.put("latitude", CENTRE_LAT + n * 0.0013);
        facts.put("longitude", CENTRE_LNG + n * 0.0011);
        facts.put("opensAt", "07:30:00");
        facts.put("closesAt", "18:00:00");
        facts.put("openDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
        facts.put("contactPhone", "0314-5" + String.format("%06d", n));
        facts.put("careTypes", List.of("FULL_DAY", "HOURLY"));
        facts.put("mealsProvided", meals);
        facts.put("cctvInstalled", true);
        facts.put("cctvRetentionDays", 90);
        facts.put("securityOnSite", true);
        return facts;
    }

    static Map<String, Object> registration(Map<String, Object> facts, LocalDate submittedOn) {
        return Map.of("nursery", facts, "filing", Map.of("authority", "承德市双滦区卫生健康局", "submittedOn", submittedOn.toString()));
    }

    static Response register(String token, Object body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).when().post("/api/v1/admin/nurseries");
    }

    /** A fresh SUBMITTED nursery; returns its id. */
    static UUID submitted(String name, boolean meals, LocalDate submittedOn) {
        String id = register(officer(), registration(facts(name, meals), submittedOn))
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    static Response upload(String token, Object nursery, String kind, String validUntil, byte[] content, String mediaType) {
        var request = given().auth().oauth2(token).multiPart("kind", kind).multiPart("issuedOn", "2024-01-15");
        if (validUntil != null) {
            request = request.multiPart("validUntil", validUntil);
        }
        return request.multiPart("file", "scan.bin", content, mediaType)
                .when().post("/api/v1/admin/nurseries/{id}/filing/materials", nursery);
    }

    static void uploadAll(UUID nursery, List<String> kinds) {
        String token = officer();
        for (String kind : kinds) {
            upload(token, nursery, kind, today().plusYears(2).toString(), PDF, "application/pdf").then().statusCode(201);
        }
    }

    static Response decide(String token, Object nursery, Map<String, ?> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .when().post("/api/v1/admin/nurseries/{id}/filing/decisions", nursery);
    }

    public static Response decide(Object nursery, Map<String, ?> body) {
        return decide(officer(), nursery, body);
    }

    /** A unique filing number. */
    static String filingNumber() {
        return "130803T" + Long.toString(System.nanoTime() % 100_000_000_000L, 36).toUpperCase() + SEQUENCE.incrementAndGet();
    }

    /** A fresh nursery with every material on file, FILED. */
    public static UUID filed(String name) {
        UUID id = submitted(name, true, today());
        uploadAll(id, ALL_KINDS);
        decide(id, Map.of("decision", "FILE", "filingNumber", filingNumber())).then().statusCode(200);
        return id;
    }
}
