package com.tuoyu.directory.contract;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Checks every REST Assured exchange against the mobile API contract (see {@link MobileApiSpec}).
 *
 * <ul>
 *   <li>The response is always validated: status documented, content type, headers, body schema (no undeclared
 *       fields). A 400 or 404 must be the problem+json the contract describes.</li>
 *   <li>The request is validated only when the service accepted it (status below 400): tests that probe the
 *       service with invalid parameters on purpose still check its 400 answer, while every request the service
 *       accepts must be one the contract allows, so the contract never understates what clients may send.</li>
 * </ul>
 *
 * Installed once in {@link RestAssured#filters()} by {@link ContractValidationExtension}; a failure is an
 * {@link AssertionError} naming each violation.
 */
public final class ContractValidationFilter implements OrderedFilter {

    /** Set for a test annotated {@link OffContractRequests}: its accepted requests are not checked. */
    private static volatile boolean requestsExempt;

    /** Adds the filter to REST Assured's global filters unless it is there; idempotent. */
    public static synchronized void install(boolean exemptRequests) {
        requestsExempt = exemptRequests;
        if (RestAssured.filters().stream().noneMatch(ContractValidationFilter.class::isInstance)) {
            RestAssured.filters(new ContractValidationFilter());
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification requestSpec, FilterableResponseSpecification responseSpec,
                           FilterContext ctx) {
        Response response = ctx.next(requestSpec, responseSpec);
        Request request = RestAssuredRequest.of(requestSpec);
        ValidationReport report = MobileApiSpec.validator()
                .validateResponse(request.getPath(), request.getMethod(), RestAssuredResponse.of(response));
        if (response.statusCode() < 400 && !requestsExempt) {
            report = report.merge(MobileApiSpec.validator().validateRequest(request));
        }
        if (report.hasErrors()) {
            throw new AssertionError("The exchange " + request.getMethod() + " " + request.getPath() + " -> "
                    + response.statusCode() + " breaks the mobile API contract (" + MobileApiSpec.LOCATION + "):\n"
                    + SimpleValidationReportFormat.getInstance().apply(report));
        }
        return response;
    }

    /** Runs closest to the wire, after any filter a test adds, so it sees the request as sent. */
    @Override
    public int getOrder() {
        return OrderedFilter.LOWEST_PRECEDENCE;
    }
}
