package com.tuoyu.directory.complaint;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Intake writes a complaint, its first history entry and its audit line in one statement (ComplaintSubmissions):
 * what that statement decides itself — whether the nursery is listed, its county, the tracking number — and what it
 * writes alongside.
 */
@QuarkusTest
class ComplaintIntakeTest {

    /**
     * Listed nurseries in Chengde's 平泉市 and 承德县, counties no other test files complaints in or lists the queue
     * of: the dozens of complaints filed here would otherwise push theirs off the first page of a handler's queue.
     */
    private static final String QUIET_COUNTY = "f.status = 'FILED' and n.division_code in ('130881', '130821')";

    private static UUID nursery(String where) {
        return (UUID) Database.rows("select n.id from nursery n join filing f on f.nursery_id = n.id where " + where
                + " order by n.division_code desc, n.id limit 1").get(0).get("id");
    }

    private static Map<String, Object> complaintAbout(UUID nursery) {
        Map<String, Object> body = new HashMap<>();
        body.put("nurseryId", nursery.toString());
        body.put("category", "HYGIENE_FOOD");
        body.put("description", "午餐未按公示菜谱提供，孩子回家后说没有吃饱。");
        body.put("incidentDate", LocalDate.now().minusDays(1).toString());
        return body;
    }

    private static Response submit(String parentToken, Object body) {
        return given().auth().oauth2(parentToken).contentType("application/json").body(body).when().post("/api/v1/complaints");
    }

    @Test
    void aComplaintIsStoredWithItsCountyHistoryEntryAndAuditLine() {
        String parentId = "p-" + UUID.randomUUID();
        UUID nursery = nursery(QUIET_COUNTY);
        String county = (String) Database.rows("select division_code from nursery where id = ?", nursery).get(0).get("division_code");
        Response receipt = submit(Tokens.parent(parentId), complaintAbout(nursery));
        receipt.then().statusCode(201).body("status", equalTo("SUBMITTED"));
        String id = receipt.path("id");
        String tracking = receipt.path("trackingNumber");

        Map<String, Object> stored = Database.rows("select tracking_number, division_code, nursery_id, status, due_at = accept_due_at as due "
                + "from complaint where id = ?::uuid", id).get(0);
        assertThat(stored.get("tracking_number")).isEqualTo(tracking);
        assertThat(stored.get("division_code")).isEqualTo(county);
        assertThat(stored.get("nursery_id")).isEqualTo(nursery);
        assertThat(stored.get("status")).isEqualTo("SUBMITTED");
        assertThat(stored.get("due")).isEqualTo(true);
        assertThat(Database.count("select count(*) from complaint_event where complaint_id = ?::uuid and action = 'SUBMIT' "
                + "and from_status is null and to_status = 'SUBMITTED' and actor_role = 'PARENT' and actor_id = ? "
                + "and visible_to_parent and public_text = ?", id, parentId, "已收到您的投诉，编号 " + tracking)).isEqualTo(1);
        // The audit line names the role, not the account: audit rows are never changed, so an account id there could
        // never be erased when the parent deletes the account (PIPL art. 47).
        assertThat(Database.count("select count(*) from audit_entry where subject_type = 'complaint' and subject_id = ? "
                + "and action = 'COMPLAINT_SUBMITTED' and actor_role = 'PARENT' and actor_id = ? and before_state is null "
                + "and after_state = 'SUBMITTED'", id, ComplaintSubmissions.PARENT_IN_AUDIT)).isEqualTo(1);
    }

    @Test
    void aRegisteredNurseryWhoseFilingIsNotInForceIsRefusedAndNothingIsWritten() {
        String parentId = "p-" + UUID.randomUUID();
        UUID unfiled = nursery("f.status <> 'FILED'");
        // No tracking number is drawn for a refused complaint either.
        long before = Database.count("select last_value + case when is_called then 1 else 0 end from complaint_tracking_seq");
        submit(Tokens.parent(parentId), complaintAbout(unfiled)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", equalTo("托育机构 " + unfiled + " 不在名录中；要反映未登记的场所，请不填 nurseryId，并填写 "
                        + "facilityName、facilityAddress 和 divisionCode。"));
        assertThat(Database.count("select count(*) from complaint where parent_id = ?", parentId)).isZero();
        assertThat(Database.count("select count(*) from audit_entry where actor_id = ?", parentId)).isZero();
        assertThat(Database.count("select last_value + case when is_called then 1 else 0 end from complaint_tracking_seq"))
                .isEqualTo(before);
    }

    @Test
    void concurrentSubmissionsGetDistinctTrackingNumbersAndOneHistoryEntryEach() throws Exception {
        UUID nursery = nursery(QUIET_COUNTY);
        ExecutorService threads = Executors.newFixedThreadPool(12);
        List<String> ids = new ArrayList<>();
        List<String> trackingNumbers = new ArrayList<>();
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 36; i++) {
                String parent = Tokens.parent("p-" + UUID.randomUUID());
                calls.add(() -> submit(parent, complaintAbout(nursery)));
            }
            for (Future<Response> answer : threads.invokeAll(calls)) {
                Response response = answer.get();
                // 503: beyond the complaint bulkhead, refused before anything is stored.
                assertThat(response.statusCode()).isIn(201, 503);
                if (response.statusCode() == 201) {
                    ids.add(response.path("id"));
                    trackingNumbers.add(response.path("trackingNumber"));
                }
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(ids).hasSizeGreaterThan(1);
        assertThat(trackingNumbers).doesNotHaveDuplicates().allMatch(t -> t.matches("TS[0-9]{8}-[0-9]{6}"));
        for (String id : ids) {
            assertThat(Database.count("select count(*) from complaint_event where complaint_id = ?::uuid", id)).isEqualTo(1);
            assertThat(Database.count("select count(*) from audit_entry where subject_id = ? and action = 'COMPLAINT_SUBMITTED'", id))
                    .isEqualTo(1);
        }
    }
}
