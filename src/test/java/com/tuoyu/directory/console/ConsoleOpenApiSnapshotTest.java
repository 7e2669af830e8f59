package com.tuoyu.directory.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's TypeScript client is generated at build time from a committed copy of {@code /q/openapi}
 * ({@code src/console/openapi/admin-openapi.json}), because the npm build runs before the service exists. This
 * test keeps that copy equal to what the service really serves, so an API change cannot silently leave the console's
 * types behind.
 */
@QuarkusTest
class ConsoleOpenApiSnapshotTest {

    static final Path SNAPSHOT = Path.of("src/console/openapi/admin-openapi.json");
    static final Path FRESH = Path.of("target/admin-openapi.json");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void theCommittedSnapshotIsTheServedDocument() throws IOException {
        String served = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        String fresh = normalised(served);
        Files.createDirectories(FRESH.getParent());
        Files.writeString(FRESH, fresh, StandardCharsets.UTF_8);

        String committed = Files.exists(SNAPSHOT) ? normalised(Files.readString(SNAPSHOT, StandardCharsets.UTF_8)) : "";
        assertThat(committed)
                .as("The console's OpenAPI snapshot is out of date. The served document is in %s; update with "
                        + "`cp %s %s` and rebuild the console (npm run build regenerates src/api/schema.d.ts).",
                        FRESH, FRESH, SNAPSHOT)
                .isEqualTo(fresh);
    }

    /** Keys sorted, two-space indentation, final newline: the committed file's form, so diffs are readable. */
    static String normalised(String json) throws IOException {
        JsonNode tree = JSON.readTree(json);
        Object sorted = JSON.treeToValue(tree, Object.class);
        return JSON.writeValueAsString(sorted) + "\n";
    }
}
