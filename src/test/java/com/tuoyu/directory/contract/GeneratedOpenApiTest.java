package com.tuoyu.directory.contract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated OpenAPI document ({@code /q/openapi}): a valid OpenAPI 3 document whose operations all have stable,
 * unique operationIds and document their problem answers as application/problem+json (ProblemResponses).
 */
@QuarkusTest
class GeneratedOpenApiTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final Pattern ROLES = Pattern.compile("Roles?:\\s*([^.(]*)");
    private static final String RESPONSES = "#/components/responses/";

    private String json;
    private JsonPath api;

    @BeforeEach
    void load() {
        json = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString();
        api = JsonPath.from(json);
    }

    @Test
    void isAValidOpenApi3Document() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(json, null, options);
        assertThat(parsed.getMessages()).as("parser messages").isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.");
    }

    @Test
    void everyOperationHasAUniqueCamelCaseOperationId() {
        Map<String, String> owners = new HashMap<>();
        List<String> problems = new ArrayList<>();
        operations().forEach((name, operation) -> {
            Object id = operation.get("operationId");
            if (!(id instanceof String operationId) || !operationId.matches("[a-z][a-zA-Z0-9]*")) {
                problems.add(name + ": operationId " + id);
            } else if (owners.putIfAbsent(operationId, name) != null) {
                problems.add(name + ": operationId " + operationId + " also names " + owners.get(operationId));
            }
        });
        assertThat(owners).hasSizeGreaterThan(80);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyOperationDocumentsItsProblemsAsProblemDetails() {
        List<String> problems = new ArrayList<>();
        operations().forEach((name, operation) -> {
            Map<String, Object> responses = map(operation.get("responses"));
            responses.forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    String schema = problemSchema(map(response));
                    if (!"#/components/schemas/Problem".equals(schema)) {
                        problems.add(name + " " + status + ": " + schema);
                    }
                }
            });
            for (String status : expectedProblems(operation)) {
                if (!responses.containsKey(status)) {
                    problems.add(name + ": no " + status);
                }
            }
        });
        assertThat(api.getMap("components.responses")).containsKeys("BadRequest", "Unauthorized", "Forbidden", "NotFound",
                "ServiceUnavailable");
        assertThat(problems).isEmpty();
        assertThat(api.getString("paths.'/api/v1/admin/complaints/{id}/actions'.post.responses.'403'.$ref"))
                .isEqualTo(RESPONSES + "Forbidden");
        assertThat(api.getMap("paths.'/api/v1/auth/me'.get.responses")).containsKey("401").doesNotContainKey("403");
    }

    /** What every operation's shape implies: parameters or a body 400, a token 401, named roles 403, a record id 404. */
    private static List<String> expectedProblems(Map<String, Object> operation) {
        List<String> expected = new ArrayList<>();
        List<Map<String, Object>> parameters = list(operation.get("parameters"));
        if (operation.containsKey("requestBody")
                || parameters.stream().anyMatch(p -> Set.of("path", "query").contains(p.get("in")))) {
            expected.add("400");
        }
        if (!list(operation.get("security")).isEmpty()) {
            expected.add("401");
            Matcher roles = ROLES.matcher(String.valueOf(operation.get("description")));
            if (roles.find() && !roles.group(1).strip().toLowerCase(Locale.ROOT).startsWith("any signed-in")) {
                expected.add("403");
            }
        }
        if (parameters.stream().anyMatch(p -> "path".equals(p.get("in"))
                && String.valueOf(p.get("name")).matches("id|.*Id|code"))) {
            expected.add("404");
        }
        return expected;
    }

    /** The schema of the response's problem+json content, following a reference to a shared response. */
    private String problemSchema(Map<String, Object> response) {
        Object ref = response.get("$ref");
        if (ref instanceof String reference) {
            if (!reference.startsWith(RESPONSES)) {
                return "reference " + reference;
            }
            Map<String, Object> shared = map(api.getMap("components.responses").get(reference.substring(RESPONSES.length())));
            return shared.isEmpty() ? "unresolved " + reference : problemSchema(shared);
        }
        Map<String, Object> content = map(response.get("content"));
        Map<String, Object> problem = map(content.get("application/problem+json"));
        return problem.isEmpty() ? "content " + content.keySet() : String.valueOf(map(problem.get("schema")).get("$ref"));
    }

    private Map<String, Map<String, Object>> operations() {
        Map<String, Map<String, Object>> operations = new TreeMap<>();
        Map<String, Map<String, Object>> paths = api.getMap("paths");
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                operations.put(method.toUpperCase(Locale.ROOT) + " " + path, map(operation));
            }
        }));
        assertThat(operations).isNotEmpty();
        return operations;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }
}
