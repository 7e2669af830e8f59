package com.tuoyu.directory.audit;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit log's SM3 hash chain (issue #21 point 6): every entry linked to the one before, concurrent writers each
 * taking their own place, and the verification finding a row edited through SQL (trigger disabled by the database
 * owner) and a removed row, then holding again once they are put back. UPDATE, DELETE and TRUNCATE fail.
 */
@QuarkusTest
class AuditChainTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String COUNTY = "360102";

    private static String complaint() {
        String nursery = Database.rows("select n.id from nursery n join filing f on f.nursery_id = n.id where f.status = 'FILED' "
                + "and n.division_code = ? order by n.id limit 1", COUNTY).get(0).get("id").toString();
        return given().auth().oauth2(Tokens.parent("parent-" + UUID.randomUUID())).contentType("application/json")
                .body(Map.of("nurseryId", nursery, "category", "HYGIENE_FOOD", "description", "午饭常有剩菜回锅，孩子拉肚子。",
                        "incidentDate", LocalDate.now(CHINA).minusDays(1).toString(), "contactPhone", "13812345678"))
                .post("/api/v1/complaints").then().statusCode(201).extract().path("id");
    }

    private static JsonPath verify(String token) {
        return given().auth().oauth2(token).get("/api/v1/admin/audit/verification").then().statusCode(200).extract().jsonPath();
    }

    private static String supervisor() {
        return Tokens.staff("SUPERVISOR", "chain-supervisor-" + UUID.randomUUID(), COUNTY);
    }

    /** Entries written in plain SQL (the intake's) are linked within a second or two. */
    private static void awaitLinked() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Database.count("select count(*) from audit_entry where chain_seq is null") > 0) {
            assertThat(Instant.now()).as("every audit entry linked into the chain").isBefore(deadline);
            Thread.sleep(200);
        }
    }

    @Test
    void theChainHoldsAndSupervisorsAndAdministratorsMayVerifyIt() throws InterruptedException {
        complaint();
        awaitLinked();
        JsonPath result = verify(supervisor());
        assertThat(result.getBoolean("intact")).isTrue();
        assertThat(result.get("firstBreak") == null).isTrue();
        Map<String, Object> head = Database.rows("select last_seq, last_hash from audit_chain_head").get(0);
        assertThat(result.getLong("checkedEntries")).isGreaterThan(0).isLessThanOrEqualTo(((Number) head.get("last_seq")).longValue());
        assertThat(result.getLong("firstPosition")).isEqualTo(1);
        assertThat(result.getString("headHash")).matches("[0-9a-f]{64}");
        verify(Tokens.admin());
        given().auth().oauth2(Tokens.staff("HANDLER", "chain-handler", COUNTY)).get("/api/v1/admin/audit/verification")
                .then().statusCode(403);
        given().get("/api/v1/admin/audit/verification").then().statusCode(401);
    }

    @Test
    void concurrentWritersEachTakeTheirOwnPlaceInTheChain() throws Exception {
        String id = complaint();
        String handler = Tokens.staff("HANDLER", "chain-reader-" + UUID.randomUUID(), COUNTY);
        long before = Database.count("select count(*) from audit_entry");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                // Reads are audited through AuditLog (linked in their transaction); filings through the intake's SQL.
                calls.add(CompletableFuture.supplyAsync(() -> given().auth().oauth2(handler)
                        .get("/api/v1/admin/complaints/{id}", id).statusCode(), pool));
                if (i % 3 == 0) {
                    calls.add(CompletableFuture.supplyAsync(() -> {
                        complaint();
                        return 200;
                    }, pool));
                }
            }
            for (CompletableFuture<Integer> call : calls) {
                assertThat(call.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        awaitLinked();
        assertThat(Database.count("select count(*) from audit_entry")).isGreaterThanOrEqualTo(before + 32);
        // No two entries share a place, none is missing, and the head is the last.
        Map<String, Object> chain = Database.rows("select count(distinct chain_seq) as places, count(chain_seq) as linked, "
                + "min(chain_seq) as first, max(chain_seq) as last, (select last_seq from audit_chain_head) as head "
                + "from audit_entry").get(0);
        assertThat(((Number) chain.get("places")).longValue()).isEqualTo(((Number) chain.get("linked")).longValue())
                .isEqualTo(((Number) chain.get("last")).longValue()).isEqualTo(((Number) chain.get("head")).longValue());
        assertThat(((Number) chain.get("first")).longValue()).isEqualTo(1);
        assertThat(verify(supervisor()).getBoolean("intact")).isTrue();
    }

    @Test
    void anEntryEditedThroughSqlAndARemovedOneAreFoundThenTheChainHoldsOnceTheyAreBack() throws Exception {
        String id = complaint();
        given().auth().oauth2(Tokens.staff("HANDLER", "chain-revealer-" + UUID.randomUUID(), COUNTY)).contentType("application/json")
                .body(Map.of("reasonCode", "VERIFY_FACTS", "reason", "电话核实午餐情况"))
                .post("/api/v1/admin/complaints/{id}/contact-reveal", id).then().statusCode(200);
        complaint(); // entries after it: the one removed below leaves a gap, not a shorter chain
        awaitLinked();
        Map<String, Object> entry = Database.rows("select * from audit_entry where subject_id = ? "
                + "and action = 'COMPLAINT_CONTACT_REVEALED'", id).get(0);
        long entryId = ((Number) entry.get("id")).longValue();
        long position = ((Number) entry.get("chain_seq")).longValue();
        String supervisor = supervisor();
        assertThat(verify(supervisor).getBoolean("intact")).isTrue();

        // The database owner lifts the trigger and rewrites the reason: the entry no longer gives its hash.
        asOwner("update audit_entry set reason = '例行查看' where id = " + entryId);
        try {
            JsonPath broken = verify(supervisor);
            assertThat(broken.getBoolean("intact")).isFalse();
            assertThat(broken.getLong("firstBreak.entryId")).isEqualTo(entryId);
            assertThat(broken.getLong("firstBreak.position")).isEqualTo(position);
            assertThat(broken.getString("firstBreak.kind.code")).isEqualTo("EDITED");
            assertThat(broken.getString("firstBreak.kind.label")).isEqualTo("记录内容被改动");
            assertThat(broken.getLong("checkedEntries")).isEqualTo(position - 1);
        } finally {
            asOwner("update audit_entry set reason = '" + entry.get("reason") + "' where id = " + entryId);
        }
        assertThat(verify(supervisor).getBoolean("intact")).isTrue();

        // The owner removes the entry: a gap at its place.
        asOwner("delete from audit_entry where id = " + entryId);
        try {
            JsonPath gap = verify(supervisor);
            assertThat(gap.getBoolean("intact")).isFalse();
            assertThat(gap.getLong("firstBreak.position")).isEqualTo(position);
            assertThat(gap.getString("firstBreak.kind.code")).isEqualTo("GAP");
        } finally {
            restore(entry);
        }
        assertThat(verify(supervisor).getBoolean("intact")).isTrue();
    }

    @Test
    void entriesCutOffTheEndAreFoundByTheHead() throws Exception {
        complaint();
        awaitLinked();
        Map<String, Object> last = Database.rows("select * from audit_entry where chain_seq = (select last_seq from audit_chain_head)").get(0);
        asOwner("delete from audit_entry where id = " + last.get("id"));
        try {
            JsonPath cut = verify(supervisor());
            assertThat(cut.getBoolean("intact")).isFalse();
            assertThat(cut.getString("firstBreak.kind.code")).isEqualTo("TAIL");
            assertThat(cut.getLong("firstBreak.position")).isEqualTo(((Number) last.get("chain_seq")).longValue());
        } finally {
            restore(last);
        }
        assertThat(verify(supervisor()).getBoolean("intact")).isTrue();
    }

    @Test
    void updatesDeletesTruncationAndASecondLinkingFailInTheDatabase() throws Exception {
        complaint();
        awaitLinked();
        long id = Database.count("select max(id) from audit_entry where chain_seq is not null");
        assertThatThrownBy(() -> execute("update audit_entry set reason = 'nothing happened' where id = " + id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("update audit_entry set chain_seq = chain_seq + 100000 where id = " + id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("delete from audit_entry where id = " + id)).hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("truncate audit_entry")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("update audit_chain_head set last_seq = 0")).hasMessageContaining("moves forward");
        assertThatThrownBy(() -> execute("delete from audit_chain_head")).hasMessageContaining("moves forward");
    }

    /** As the database owner: the trigger off for one statement, in one transaction, and on again. */
    private static void asOwner(String sql) throws SQLException {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("alter table audit_entry disable trigger audit_entry_append_only");
                statement.execute(sql);
                statement.execute("alter table audit_entry enable trigger audit_entry_append_only");
            }
            connection.commit();
        }
    }

    private static void restore(Map<String, Object> entry) throws SQLException {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("alter table audit_entry disable trigger audit_entry_append_only");
            }
            List<String> columns = new ArrayList<>(entry.keySet());
            String sql = "insert into audit_entry (" + String.join(", ", columns) + ") overriding system value values ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
            try (var insert = connection.prepareStatement(sql)) {
                for (int i = 0; i < columns.size(); i++) {
                    insert.setObject(i + 1, entry.get(columns.get(i)));
                }
                insert.executeUpdate();
            }
            try (var statement = connection.createStatement()) {
                statement.execute("alter table audit_entry enable trigger audit_entry_append_only");
            }
            connection.commit();
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = connect(); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
