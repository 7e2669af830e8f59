package com.tuoyu.directory.contract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract and the running service describe the same public API: every operation of
 * {@code mobile-api-spec/openapi.yaml} is served, and every public {@code /api/v1} operation the service documents
 * (its generated OpenAPI at {@code /q/openapi}, admin paths aside) is in the contract. Whether the bodies match is
 * checked on every exchange of the whole suite by {@link ContractValidationFilter}.
 */
@QuarkusTest
class MobileApiContractTest {

    private static final String METHODS = "get|put|post|delete|patch|head|options|trace";

    private OpenAPI contract;
    private JsonPath generated;

    @BeforeEach
    void load() {
        contract = MobileApiSpec.parse(true).getOpenAPI();
        generated = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theContractAndTheServiceHaveTheSamePublicOperations() {
        assertThat(generatedOperations()).containsExactlyInAnyOrderElementsOf(contractOperations());
    }

    @Test
    void everyParameterOfTheContractIsOneTheServiceReads() {
        List<String> unknown = new ArrayList<>();
        contract.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            List<Map<String, Object>> served = generated.getList(
                    "paths.'" + path + "'." + method.name().toLowerCase(Locale.ROOT) + ".parameters");
            Set<String> servedNames = new HashSet<>();
            if (served != null) {
                served.forEach(p -> servedNames.add(p.get("in") + " " + p.get("name")));
            }
            List<Parameter> declared = new ArrayList<>();
            if (item.getParameters() != null) {
                declared.addAll(item.getParameters());
            }
            if (operation.getParameters() != null) {
                declared.addAll(operation.getParameters());
            }
            declared.stream().map(p -> p.getIn() + " " + p.getName()).filter(p -> !servedNames.contains(p))
                    .forEach(p -> unknown.add(method + " " + path + ": " + p));
        }));
        assertThat(unknown).as("parameters the contract promises but the service does not read").isEmpty();
    }

    @Test
    void everyStatusTheServiceDocumentsIsInTheContract() {
        List<String> missing = new ArrayList<>();
        contract.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            Map<String, Object> served = generated.getMap(
                    "paths.'" + path + "'." + method.name().toLowerCase(Locale.ROOT) + ".responses");
            if (served != null) {
                served.keySet().stream().filter(status -> !operation.getResponses().containsKey(status))
                        .forEach(status -> missing.add(method + " " + path + " " + status));
            }
        }));
        assertThat(missing).as("statuses the service documents but the contract does not").isEmpty();
    }

    private Set<String> contractOperations() {
        Set<String> operations = new TreeSet<>();
        contract.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> operations.add(method.name() + " " + normalise(path))));
        return operations;
    }

    private Set<String> generatedOperations() {
        Set<String> operations = new TreeSet<>();
        Map<String, Map<String, Object>> paths = generated.getMap("paths");
        paths.forEach((path, item) -> {
            if (path.startsWith("/api/v1/") && !path.startsWith("/api/v1/admin/")) {
                item.keySet().stream().filter(key -> key.matches(METHODS))
                        .forEach(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + normalise(path)));
            }
        });
        return operations;
    }

    /** Path templates compare by shape: /api/v1/nurseries/{id} and /api/v1/nurseries/{nurseryId} are one path. */
    private static String normalise(String path) {
        return path.replaceAll("\\{[^}]+}", "{}");
    }
}
