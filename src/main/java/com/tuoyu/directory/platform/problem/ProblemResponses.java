package com.tuoyu.directory.platform.problem;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problem answers of the generated OpenAPI document, declared once (registered as {@code mp.openapi.filter}).
 * <p>
 * The shared answers are {@code components.responses}, each an {@code application/problem+json} {@link Problem}.
 * Every operation refers to those its shape implies:
 * <ul>
 * <li>400 {@code BadRequest} when it reads path or query parameters or a body;</li>
 * <li>401 {@code Unauthorized} when it has a security requirement;</li>
 * <li>403 {@code Forbidden} when, in addition, its "Roles:" sentence names roles (not "any signed-in account");</li>
 * <li>404 {@code NotFound} when a path parameter names a record ({@code id}, {@code …Id}, {@code code}).</li>
 * </ul>
 * What an operation declares itself wins: a specific description ({@code @APIResponse(responseCode = "409",
 * description = "...")}) or a reference such as {@code ref = "ServiceUnavailable"}. A 4xx or 5xx it declares without
 * content gets the problem content, so no resource repeats it.
 */
public class ProblemResponses implements OASFilter {

    /** The sentence every operation description carries; AuthorizationMatrixTest holds it to the code. */
    private static final Pattern ROLES = Pattern.compile("Roles?:\\s*([^.(]*)");
    private static final String PROBLEM_SCHEMA = "Problem";

    /** The answers operations share, by component name. */
    enum Shared {
        BAD_REQUEST("BadRequest", "400",
                "Invalid request: a parameter or the body is missing, malformed or out of range; errors[] names each", false),
        UNAUTHORIZED("Unauthorized", "401", "Missing, invalid or expired access token: refresh it or sign in again", false),
        FORBIDDEN("Forbidden", "403", "Signed in, but the account's roles or districts do not allow this", false),
        NOT_FOUND("NotFound", "404",
                "Nothing with this id or code that you may see (unknown, not public, outside your districts or "
                        + "another parent's)", false),
        CONFLICT("Conflict", "409", "Conflicts with the current state, or someone else changed it first", false),
        TOO_MANY_REQUESTS("TooManyRequests", "429",
                "Too many requests of this kind from this client address; retry after Retry-After seconds", true),
        SERVICE_UNAVAILABLE("ServiceUnavailable", "503",
                "Overloaded: more requests of this kind than the service takes at once, or no database connection in time; "
                        + "retry after Retry-After seconds", true);

        final String component;
        final String status;
        final String description;
        final boolean retryAfter;

        Shared(String component, String status, String description, boolean retryAfter) {
            this.component = component;
            this.status = status;
            this.description = description;
            this.retryAfter = retryAfter;
        }

        APIResponse response() {
            APIResponse response = problem(OASFactory.createAPIResponse().description(description));
            return retryAfter ? response.addHeader("Retry-After", OASFactory.createHeader()
                    .description("Seconds to wait before retrying")
                    .schema(OASFactory.createSchema().addType(SchemaType.INTEGER)))
                    : response;
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        for (Shared shared : Shared.values()) {
            components.addResponse(shared.component, shared.response());
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        boolean securedByDefault = openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> document(item, operation, securedByDefault)));
    }

    private static void document(PathItem item, Operation operation, boolean securedByDefault) {
        APIResponses responses = Optional.ofNullable(operation.getResponses()).orElseGet(OASFactory::createAPIResponses);
        Map<String, APIResponse> byStatus = new TreeMap<>(Optional.ofNullable(responses.getAPIResponses()).orElse(Map.of()));
        byStatus.forEach((status, response) -> {
            if (isProblemStatus(status) && response.getRef() == null && response.getContent() == null) {
                problem(response);
            }
        });
        List<Parameter> parameters = parameters(item, operation);
        if (operation.getRequestBody() != null
                || parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH || p.getIn() == Parameter.In.QUERY)) {
            refer(byStatus, Shared.BAD_REQUEST);
        }
        if (operation.getSecurity() == null ? securedByDefault : !operation.getSecurity().isEmpty()) {
            refer(byStatus, Shared.UNAUTHORIZED);
            if (namesRoles(operation.getDescription())) {
                refer(byStatus, Shared.FORBIDDEN);
            }
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH && namesRecord(p.getName()))) {
            refer(byStatus, Shared.NOT_FOUND);
        }
        responses.setAPIResponses(byStatus);
        operation.setResponses(responses);
    }

    private static void refer(Map<String, APIResponse> byStatus, Shared shared) {
        byStatus.putIfAbsent(shared.status, OASFactory.createAPIResponse().ref(shared.component));
    }

    private static List<Parameter> parameters(PathItem item, Operation operation) {
        List<Parameter> all = new ArrayList<>();
        Optional.ofNullable(item.getParameters()).ifPresent(all::addAll);
        Optional.ofNullable(operation.getParameters()).ifPresent(all::addAll);
        return all;
    }

    /** Whether the "Roles:" sentence restricts the operation to named roles. */
    private static boolean namesRoles(String description) {
        Matcher roles = ROLES.matcher(description == null ? "" : description);
        if (!roles.find()) {
            return false;
        }
        String stated = roles.group(1).strip().toLowerCase(Locale.ROOT);
        return !(stated.startsWith("none") || stated.startsWith("anyone") || stated.startsWith("any signed-in"));
    }

    private static boolean namesRecord(String pathParameter) {
        return pathParameter.equals("id") || pathParameter.endsWith("Id") || pathParameter.equals("code");
    }

    private static boolean isProblemStatus(String status) {
        return status.length() == 3 && (status.charAt(0) == '4' || status.charAt(0) == '5');
    }

    private static APIResponse problem(APIResponse response) {
        return response.content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
    }
}
