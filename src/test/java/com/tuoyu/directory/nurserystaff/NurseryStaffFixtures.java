package com.tuoyu.directory.nurserystaff;

import com.tuoyu.directory.disclosure.DisclosureService;
import com.tuoyu.directory.disclosure.dto.DisclosureImport;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.platform.time.ClockProducer;
import com.tuoyu.directory.support.TestNurseries;
import com.tuoyu.directory.support.Tokens;
import io.restassured.specification.RequestSpecification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** A fresh filed nursery with a sign-in for its own staff, made through the API as a filing officer would. */
public final class NurseryStaffFixtures {

    public static final String COUNTY = "360102";

    private NurseryStaffFixtures() {
    }

    public record StaffedNursery(UUID id, String name, String accountId, String token) {
        public RequestSpecification staff() {
            return given().auth().oauth2(token).contentType("application/json");
        }
    }

    public static RequestSpecification officer(String county) {
        return given().auth().oauth2(Tokens.staff("FILING_OFFICER", "officer-" + county, county)).contentType("application/json");
    }

    /** 15 toddler slots, 10 enrolled as of {@code capacityAge} days ago; full-day care only. */
    public static StaffedNursery create(NurseryService nurseries, DisclosureService disclosures, int capacityAge) {
        LocalDate today = LocalDate.now(ClockProducer.CHINA);
        TestNurseries.Created n = TestNurseries.create(nurseries, disclosures, COUNTY, false, false,
                List.of(new DisclosureImport.CapacityRow(AgeGroup.TODDLER, 15, 10, 3, today.minusDays(capacityAge))),
                List.of(), TestNurseries.basicPermits());
        String username = "nursery-" + UUID.randomUUID().toString().substring(0, 12);
        String password = "Secret-" + UUID.randomUUID();
        String accountId = officer(COUNTY).body(Map.of("username", username, "password", password, "displayName", "园长"))
                .post("/api/v1/admin/nurseries/{id}/staff-accounts", n.id())
                .then().statusCode(201).extract().path("id");
        // Nursery staff sign in with both factors too: the first sign-in enrols the authenticator app.
        String token = com.tuoyu.directory.support.StaffSignIn.token(username, password);
        return new StaffedNursery(n.id(), n.name(), accountId, token);
    }
}
