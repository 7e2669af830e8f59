package com.tuoyu.directory.registerimport;

import com.tuoyu.directory.support.RegisterFiles;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static com.tuoyu.directory.support.RegisterFiles.nursery;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A register spreadsheet (up to 10 MB) is read on a worker thread, never on an event-loop thread: the line the
 * service logs when it starts reading names the thread it runs on (the test profile's log file shows it).
 */
@QuarkusTest
class RegisterParsingOffTheEventLoopTest {

    private static final Path LOG = Path.of("target", "quarkus-test.log");

    @Test
    void theSpreadsheetIsReadOnAWorkerThread() throws Exception {
        RegisterFiles file = RegisterFiles.workbook();
        for (int i = 0; i < 50; i++) {
            // 999999 is no county: every row is refused after reading, without touching the database.
            file.row("nurseries", nursery("甘红卫托备" + String.format("%08d", i), "台账托育园" + i, "999999"));
        }
        byte[] csv = file.csv("nurseries", StandardCharsets.UTF_8);
        long logBefore = Files.exists(LOG) ? Files.size(LOG) : 0;

        given().auth().oauth2(Tokens.staff("FILING_OFFICER", "officer-worker-import", "620111"))
                .multiPart("file", "台账.csv", csv, "text/csv")
                .queryParam("dryRun", true)
                .post("/api/v1/admin/imports/register")
                .then().statusCode(200);

        List<String> reading = Arrays.stream(logSince(logBefore).split("\n"))
                .filter(line -> line.contains("Reading a register spreadsheet of " + csv.length + " bytes"))
                .toList();
        assertThat(reading).hasSize(1);
        assertThat(reading.get(0)).doesNotContain("eventloop").containsPattern("\\((executor-thread|vert\\.x-worker-thread)-\\d+\\)");
    }

    private static String logSince(long offset) throws Exception {
        try (RandomAccessFile log = new RandomAccessFile(LOG.toFile(), "r")) {
            log.seek(offset);
            byte[] added = new byte[(int) (log.length() - offset)];
            log.readFully(added);
            return new String(added, StandardCharsets.UTF_8);
        }
    }
}
