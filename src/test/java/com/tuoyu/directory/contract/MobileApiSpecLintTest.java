package com.tuoyu.directory.contract;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lints {@code mobile-api-spec/openapi.yaml} inside the build, with nothing installed by hand: swagger-parser must
 * read it without a message, and the house rules below must hold. Each rule collects every offence so one run
 * lists them all.
 */
class MobileApiSpecLintTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Pattern OPERATION_ID = Pattern.compile("[a-z][A-Za-z0-9]*");

    private static OpenAPI api;

    @BeforeAll
    static void parse() {
        SwaggerParseResult unresolved = MobileApiSpec.parse(false);
        assertThat(unresolved.getMessages()).as("swagger-parser messages").isEmpty();
        api = unresolved.getOpenAPI();
    }

    @Test
    void parsesWithoutMessagesAsOpenApi303WithResolvableReferences() {
        SwaggerParseResult resolved = MobileApiSpec.parse(true);
        assertThat(resolved.getMessages()).as("swagger-parser messages with references resolved").isEmpty();
        assertThat(api.getOpenapi()).isEqualTo("3.0.3");
        assertThat(api.getInfo().getTitle()).isNotBlank();
        assertThat(api.getInfo().getVersion()).matches("1\\.[0-9]+\\.[0-9]+");
        assertThat(api.getInfo().getDescription()).isNotBlank();
        assertThat(api.getServers()).isNotEmpty();
        assertThat(api.getPaths().keySet()).allMatch(path -> path.startsWith("/api/v1/") && !path.startsWith("/api/v1/admin"));
    }

    @Test
    void everyOperationHasAnIdASummaryDeclaredTagsAndAProblemFor4xx() {
        List<String> offences = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> declaredTags = new HashSet<>();
        for (Tag tag : api.getTags()) {
            declaredTags.add(tag.getName());
            if (blank(tag.getDescription())) {
                offences.add("tag " + tag.getName() + ": no description");
            }
        }
        operations().forEach((name, operation) -> {
            if (operation.getOperationId() == null || !OPERATION_ID.matcher(operation.getOperationId()).matches()) {
                offences.add(name + ": operationId missing or not lowerCamelCase");
            } else if (!ids.add(operation.getOperationId())) {
                offences.add(name + ": operationId " + operation.getOperationId() + " used twice");
            }
            if (blank(operation.getSummary())) {
                offences.add(name + ": no summary");
            }
            if (operation.getTags() == null || operation.getTags().isEmpty()) {
                offences.add(name + ": no tags");
            } else {
                operation.getTags().stream().filter(tag -> !declaredTags.contains(tag))
                        .forEach(tag -> offences.add(name + ": tag " + tag + " not declared at the top level"));
            }
            boolean has4xxProblem = false;
            for (Map.Entry<String, ApiResponse> entry : operation.getResponses().entrySet()) {
                String status = entry.getKey();
                ApiResponse response = response(entry.getValue());
                if (blank(response.getDescription())) {
                    offences.add(name + " " + status + ": no description");
                }
                boolean error = status.startsWith("4") || status.startsWith("5");
                if (error) {
                    boolean problem = response.getContent() != null
                            && response.getContent().keySet().equals(Set.of(PROBLEM_JSON))
                            && PROBLEM_REF.equals(response.getContent().get(PROBLEM_JSON).getSchema().get$ref());
                    if (!problem) {
                        offences.add(name + " " + status + ": must answer only " + PROBLEM_JSON + " with the Problem schema");
                    }
                    has4xxProblem |= problem && status.startsWith("4");
                }
                if (response.getContent() != null) {
                    response.getContent().forEach((type, media) -> {
                        if (media.getSchema() == null) {
                            offences.add(name + " " + status + " " + type + ": no schema");
                        }
                        if (media.getExample() == null && (media.getExamples() == null || media.getExamples().isEmpty())) {
                            offences.add(name + " " + status + " " + type + ": no example");
                        }
                    });
                }
            }
            if (!has4xxProblem) {
                offences.add(name + ": no 4xx response with " + PROBLEM_JSON);
            }
        });
        assertThat(offences).isEmpty();
    }

    @Test
    void everyParameterHasADescriptionASchemaAndAnExample() {
        List<String> offences = new ArrayList<>();
        operations().forEach((name, operation) -> {
            for (Parameter declared : operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters()) {
                Parameter parameter = parameter(declared);
                String where = name + " parameter " + parameter.getName();
                if (blank(parameter.getDescription())) {
                    offences.add(where + ": no description");
                }
                if (parameter.getSchema() == null) {
                    offences.add(where + ": no schema");
                } else {
                    checkSchema(where, parameter.getSchema(), offences);
                }
                if (parameter.getExample() == null && (parameter.getExamples() == null || parameter.getExamples().isEmpty())) {
                    offences.add(where + ": no example");
                }
                if ("path".equals(parameter.getIn()) && !Boolean.TRUE.equals(parameter.getRequired())) {
                    offences.add(where + ": path parameters must be required");
                }
            }
        });
        assertThat(offences).isEmpty();
    }

    @Test
    void everySchemaAndPropertyHasATypeAndEveryPropertyADescription() {
        List<String> offences = new ArrayList<>();
        api.getComponents().getSchemas().forEach((name, schema) -> checkSchema("schema " + name, schema, offences));
        operations().forEach((name, operation) -> operation.getResponses().forEach((status, declared) -> {
            ApiResponse response = response(declared);
            if (response.getContent() != null) {
                response.getContent().forEach((type, media) -> checkSchema(name + " " + status, media.getSchema(), offences));
            }
        }));
        assertThat(offences).isEmpty();
    }

    @Test
    void everyResponseExampleSatisfiesTheContract() throws JsonProcessingException {
        ObjectMapper json = new ObjectMapper();
        List<String> offences = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            String concretePath = path.getKey().replaceAll("\\{[^}]+}", "f252f76e-65c5-3981-9468-0d13bee33639");
            for (Map.Entry<PathItem.HttpMethod, Operation> method : path.getValue().readOperationsMap().entrySet()) {
                for (Map.Entry<String, ApiResponse> status : method.getValue().getResponses().entrySet()) {
                    ApiResponse response = response(status.getValue());
                    if (response.getContent() == null) {
                        continue;
                    }
                    for (Map.Entry<String, MediaType> media : response.getContent().entrySet()) {
                        Map<String, Object> examples = new LinkedHashMap<>();
                        if (media.getValue().getExample() != null) {
                            examples.put("example", media.getValue().getExample());
                        }
                        if (media.getValue().getExamples() != null) {
                            media.getValue().getExamples().forEach((key, example) -> examples.put(key, example(example).getValue()));
                        }
                        for (Map.Entry<String, Object> example : examples.entrySet()) {
                            SimpleResponse.Builder built = SimpleResponse.Builder.status(Integer.parseInt(status.getKey()))
                                    .withContentType(media.getKey())
                                    .withBody(json.writeValueAsString(example.getValue()));
                            if (response.getHeaders() != null) {
                                response.getHeaders().forEach((header, declared) -> {
                                    Object value = header(declared).getExample();
                                    if (value != null) {
                                        built.withHeader(header, String.valueOf(value));
                                    }
                                });
                            }
                            ValidationReport report = MobileApiSpec.validator().validateResponse(concretePath,
                                    Request.Method.valueOf(method.getKey().name()), built.build());
                            if (report.hasErrors()) {
                                offences.add(method.getKey() + " " + path.getKey() + " " + status.getKey() + " "
                                        + example.getKey() + ":\n" + SimpleValidationReportFormat.getInstance().apply(report));
                            }
                        }
                    }
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void theBuildingBlocksForSignInAndComplaintsAreDefined() {
        SecurityScheme bearer = api.getComponents().getSecuritySchemes().get("bearerAuth");
        assertThat(bearer.getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(bearer.getScheme()).isEqualTo("bearer");
        Parameter idempotencyKey = api.getComponents().getParameters().get("ComplaintIdempotencyKey");
        assertThat(idempotencyKey.getName()).isEqualTo("Idempotency-Key");
        assertThat(idempotencyKey.getIn()).isEqualTo("header");
        // Optional: a client that sends none simply gets no replay protection.
        assertThat(api.getComponents().getParameters()).doesNotContainKey("IdempotencyKey");
        ApiResponse tooMany = api.getComponents().getResponses().get("TooManyRequests");
        assertThat(tooMany.getHeaders()).containsKey("Retry-After");
        assertThat(tooMany.getContent()).containsOnlyKeys(PROBLEM_JSON);
        assertThat(api.getComponents().getResponses()).containsKeys("BadRequest", "Unauthorized", "Forbidden",
                "NotFound", "TooManyRequests", "InternalError", "ServiceUnavailable");
        // Stale components nothing referred to (#17 point 5): a generated client would carry them for nothing.
        assertThat(api.getComponents().getResponses()).doesNotContainKey("Conflict");
        Schema<?> problem = api.getComponents().getSchemas().get("Problem");
        assertThat(problem.getProperties()).containsOnlyKeys("type", "title", "status", "detail", "instance", "errors");
        assertThat(api.getComponents().getSchemas().get("FieldError").getProperties()).containsOnlyKeys("field", "message");
    }

    /** Type or reference on every schema; description on every property; required names exist; sane limits. */
    private static void checkSchema(String where, Schema<?> schema, List<String> offences) {
        if (schema == null) {
            offences.add(where + ": no schema");
            return;
        }
        if (schema.get$ref() != null) {
            return;
        }
        if (schema.getType() == null) {
            offences.add(where + ": no type");
        }
        if (schema.getMinimum() != null && schema.getMaximum() != null
                && schema.getMinimum().compareTo(schema.getMaximum()) > 0) {
            offences.add(where + ": minimum above maximum");
        }
        if (schema.getEnum() != null && schema.getDefault() != null && !schema.getEnum().contains(schema.getDefault())) {
            offences.add(where + ": default not in enum");
        }
        if (schema.getDefault() instanceof Number number && schema.getMinimum() != null
                && new BigDecimal(number.toString()).compareTo(schema.getMinimum()) < 0) {
            offences.add(where + ": default below minimum");
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> {
                String at = where + "." + name;
                if (property.get$ref() == null && blank(property.getDescription())) {
                    offences.add(at + ": no description");
                }
                checkSchema(at, property, offences);
            });
        }
        if (schema.getRequired() != null) {
            schema.getRequired().stream()
                    .filter(name -> schema.getProperties() == null || !schema.getProperties().containsKey(name))
                    .forEach(name -> offences.add(where + ": required " + name + " is not a property"));
        }
        if ("object".equals(schema.getType()) && schema.getProperties() == null && schema.getAdditionalProperties() == null) {
            offences.add(where + ": object with neither properties nor additionalProperties");
        }
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            checkSchema(where + ".*", values, offences);
        }
        if ("array".equals(schema.getType())) {
            checkSchema(where + "[]", schema.getItems(), offences);
        }
    }

    private static Map<String, Operation> operations() {
        Map<String, Operation> operations = new LinkedHashMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> operations.put(method + " " + path, operation)));
        return operations;
    }

    private static ApiResponse response(ApiResponse response) {
        return response.get$ref() == null ? response
                : Objects.requireNonNull(api.getComponents().getResponses().get(name(response.get$ref())), response.get$ref());
    }

    private static Parameter parameter(Parameter parameter) {
        return parameter.get$ref() == null ? parameter
                : Objects.requireNonNull(api.getComponents().getParameters().get(name(parameter.get$ref())), parameter.get$ref());
    }

    private static Header header(Header header) {
        return header.get$ref() == null ? header
                : Objects.requireNonNull(api.getComponents().getHeaders().get(name(header.get$ref())), header.get$ref());
    }

    private static Example example(Example example) {
        return example.get$ref() == null ? example
                : Objects.requireNonNull(api.getComponents().getExamples().get(name(example.get$ref())), example.get$ref());
    }

    private static String name(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
