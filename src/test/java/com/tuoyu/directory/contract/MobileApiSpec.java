package com.tuoyu.directory.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The mobile API contract, {@code mobile-api-spec/openapi.yaml}, and the one validator every test shares.
 *
 * <p>Levels: a path the contract does not have (admin API, {@code /q/...}, deliberately unknown routes) and a
 * method the contract does not allow on a path (deliberate 405 probes) are ignored, and so is a missing
 * Authorization header (REST Assured adds it after the filters run); everything else is an error,
 * including query parameters the contract does not declare and response fields it does not declare.
 */
public final class MobileApiSpec {

    /** Relative to the project directory, where Maven runs the tests; overridable for other runners. */
    public static final Path LOCATION = Path.of(System.getProperty("mobile-api.spec", "mobile-api-spec/openapi.yaml"));

    private static volatile OpenApiInteractionValidator validator;

    private MobileApiSpec() {
    }

    public static OpenApiInteractionValidator validator() {
        OpenApiInteractionValidator result = validator;
        if (result == null) {
            synchronized (MobileApiSpec.class) {
                result = validator;
                if (result == null) {
                    result = build();
                    validator = result;
                }
            }
        }
        return result;
    }

    /** The contract as swagger-parser reads it, with its messages (which must be empty). */
    public static SwaggerParseResult parse(boolean resolve) {
        ParseOptions options = new ParseOptions();
        options.setResolve(resolve);
        return new OpenAPIV3Parser().readLocation(location().toUri().toString(), null, options);
    }

    public static Path location() {
        Path path = LOCATION.toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("The mobile API contract is not at " + path
                    + "; run the tests from the project directory or set -Dmobile-api.spec");
        }
        return path;
    }

    private static OpenApiInteractionValidator build() {
        return OpenApiInteractionValidator.createForSpecificationUrl(location().toUri().toString())
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                        .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.IGNORE)
                        // REST Assured applies auth().oauth2(...) after every filter, so the validator never sees the
                        // Authorization header of a signed-in request; the service's 401 answers are still validated.
                        .withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE)
                        .withDefaultLevel(ValidationReport.Level.ERROR)
                        .build())
                .build();
    }
}
