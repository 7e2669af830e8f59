package com.tuoyu.directory.audit;

import com.tuoyu.directory.audit.dto.AdminAuditPage;
import com.tuoyu.directory.audit.dto.AdminAuditPerson;
import com.tuoyu.directory.audit.dto.AdminAuditVerification;
import com.tuoyu.directory.platform.audit.AuditTrail;
import com.tuoyu.directory.platform.calendar.WorkingDayCalendar;
import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.platform.security.CurrentCaller;
import com.tuoyu.directory.platform.text.Language;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import lombok.RequiredArgsConstructor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The audit log, read only: this resource has no operation that writes, changes or removes an entry. */
@CompletesWhenClientLeaves
@Path("/api/v1/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("SUPERVISOR")
@SecurityRequirement(name = "bearer")
@Tag(name = "Admin: audit log", description = "Who read, revealed, changed or decided what, in the supervisor's districts")
@RequiredArgsConstructor
public class AuditAdminResource {

    private static final java.util.regex.Pattern TRACKING_NUMBER = java.util.regex.Pattern.compile("TS[0-9]{8}-[0-9]{6}");

    private final AuditReading reading;
    private final AuditVerification verification;
    private final CurrentCaller caller;

    @GET
    @Operation(operationId = "listAuditEntries", summary = "The audit log, newest first",
            description = "Entries about divisions within the caller's districts (an entry's division is that of its subject when it was written: the nursery, the complaint's county, the draw's division), plus those about no division (holiday arrangements, reply templates). Staff by name, parents only as 家长; mobile numbers in reasons and states are masked. Labels in Chinese, English with Accept-Language: en. Roles: SUPERVISOR (own districts).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminAuditPage.class)))
    public Uni<AdminAuditPage> list(
            @Parameter(description = "A staff account's id (see /people)") @RestQuery String person,
            @Parameter(description = "A complaint's id or tracking number", example = "TS20261206-000123") @RestQuery String complaint,
            @Parameter(description = "A nursery's id: its own entries, complaints about it, its supervision records") @RestQuery String nursery,
            @Parameter(description = "First day, China time", example = "2026-12-01") @RestQuery String from,
            @Parameter(description = "Last day, included, China time", example = "2026-12-31") @RestQuery String to,
            @Parameter(description = "0-based", example = "0") @RestQuery String page,
            @Parameter(description = "1 to 100", example = "20") @RestQuery String size,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        String complaintKey = complaint == null || complaint.isBlank() ? null : complaint.strip();
        if (complaintKey != null && !TRACKING_NUMBER.matcher(complaintKey).matches() && AuditReading.uuid(complaintKey) == null) {
            return Uni.createFrom().failure(ProblemException.invalidParameter("complaint",
                    "必须是投诉编号（如 TS20261206-000123）或投诉 ID", "must be a tracking number such as TS20261206-000123 or a complaint id"));
        }
        UUID nurseryId = nursery == null || nursery.isBlank() ? null : RequestParameters.uuid("nursery", nursery);
        LocalDate first = RequestParameters.date("from", from, null);
        LocalDate last = RequestParameters.date("to", to, null);
        if (first != null && last != null && first.isAfter(last)) {
            return Uni.createFrom().failure(ProblemException.invalidParameter("from", "不能晚于 'to'", "must not be after 'to'"));
        }
        AuditTrail.Filter filter = new AuditTrail.Filter(person == null || person.isBlank() ? null : person.strip(),
                complaintKey, nurseryId, startOf(first),
                last == null ? null : startOf(last.plusDays(1)),
                RequestParameters.integer("page", page, 0, 0, 10_000), RequestParameters.integer("size", size, 20, 1, 100));
        return reading.page(caller.get(), filter, Language.of(acceptLanguage));
    }

    @GET
    @Path("/people")
    @Operation(operationId = "listAuditPeople", summary = "Staff who appear in the audit log",
            description = "For the person filter: staff accounts with entries in the caller's districts, by name (never parents). Roles: SUPERVISOR (own districts).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AdminAuditPerson.class)))
    public Uni<List<AdminAuditPerson>> people() {
        return reading.people(caller.get());
    }

    @GET
    @Path("/verification")
    @RolesAllowed({"SUPERVISOR", "ADMIN"})
    @Operation(operationId = "verifyAuditChain", summary = "Verify the audit log's hash chain",
            description = "Walks the whole log's SM3 hash chain (each entry's hash covers the previous entry's hash and "
                    + "its own content) and answers whether it holds, or where it first breaks: an entry edited, a link "
                    + "that does not match, positions missing, or entries cut off the end. Reveals no entry's content. "
                    + "Roles: SUPERVISOR, ADMIN.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminAuditVerification.class)))
    public Uni<AdminAuditVerification> verify() {
        return verification.verify();
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(WorkingDayCalendar.CHINA).toInstant();
    }
}
