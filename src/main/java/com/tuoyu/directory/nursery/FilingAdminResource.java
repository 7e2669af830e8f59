package com.tuoyu.directory.nursery;

import com.tuoyu.directory.platform.http.Created;
import com.tuoyu.directory.platform.text.Text;
import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.nursery.dto.AdminFiling;
import com.tuoyu.directory.nursery.dto.AdminFilingDecision;
import com.tuoyu.directory.nursery.dto.AdminMaterial;
import com.tuoyu.directory.nursery.dto.AdminMaterials;
import com.tuoyu.directory.platform.problem.Problem;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.platform.security.CurrentCaller;
import com.tuoyu.directory.platform.text.Texts;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;


@CompletesWhenClientLeaves
@Path("/api/v1/admin/nurseries/{id}/filing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: filings")
@SecurityRequirement(name = "bearer")
@RequiredArgsConstructor
public class FilingAdminResource {

    private final FilingDecisionService decisions;
    private final FilingMaterialService materials;
    private final CurrentCaller caller;
    private final Vertx vertx;

    @POST
    @Path("/decisions")
    @RolesAllowed("FILING_OFFICER")
    @Operation(operationId = "decideFiling", summary = "Decide on a nursery's filing",
            description = "FILE (receipt, with a filing number; only with every required material present and unexpired), "
                    + "RETURN (public reasons), RESUBMIT (restarts the review clock), REVOKE or CLOSE (public reasons); "
                    + "illegal transitions are 409, and so is a stale version when one is sent. Audited; the public "
                    + "directory follows within seconds. Roles: FILING_OFFICER.")
    @APIResponse(responseCode = "200", description = "The filing after the decision",
            content = @Content(schema = @Schema(implementation = AdminFiling.class)))
    @APIResponse(responseCode = "409", description = "The decision is not possible from the filing's current status, the filing number is taken, or someone decided first")
    @APIResponse(responseCode = "422", description = "FILE while required materials are missing or expired (each named in errors[])")
    public Uni<AdminFiling> decide(@PathParam("id") String id, @Valid @NotNull AdminFilingDecision decision) {
        return decisions.decide(caller.get(), RequestParameters.uuid("id", id), decision);
    }

    @GET
    @Path("/materials")
    @RolesAllowed({"FILING_OFFICER", "SUPERVISOR"})
    @Operation(operationId = "listFilingMaterials", summary = "The filing's documents and its materials checklist",
            description = "Which required materials are present, missing or expired today (the food business licence only "
                    + "where meals are served). Roles: FILING_OFFICER, SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminMaterials.class)))
    public Uni<AdminMaterials> materials(@PathParam("id") String id) {
        return materials.materials(caller.get(), RequestParameters.uuid("id", id));
    }

    @POST
    @Path("/materials")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed("FILING_OFFICER")
    @Operation(operationId = "uploadFilingMaterial", summary = "Upload a filing document",
            description = "Multipart: 'kind' (BUSINESS_LICENCE, LEGAL_PERSON_CERTIFICATE, PREMISES_PROOF, STAFF_QUALIFICATIONS, "
                    + "STAFF_HEALTH_CERTIFICATES, HEALTH_EVALUATION, FIRE_SAFETY, FILING_FORM, COMMITMENT_LETTER, "
                    + "FOOD_BUSINESS_LICENCE), optional 'documentNumber', 'issuedOn' and 'validUntil' (ISO dates) and "
                    + "'file': a PDF, JPEG or PNG (checked by content, 10 MB at most; image metadata removed). "
                    + "Roles: FILING_OFFICER.")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = AdminMaterial.class)))
    @APIResponse(responseCode = "413", description = "The file is too large")
    @APIResponse(responseCode = "415", description = "Not a PDF, JPEG or PNG")
    public Uni<Response> upload(@PathParam("id") String id, @RestForm String kind, @RestForm String documentNumber,
                                @RestForm String issuedOn, @RestForm String validUntil, @RestForm("file") FileUpload file) {
        var nurseryId = RequestParameters.uuid("id", id);
        var materialKind = RequestParameters.enumValue("kind", kind, MaterialKind.class);
        var issued = RequestParameters.date("issuedOn", Texts.blankToNull(issuedOn), null);
        var valid = RequestParameters.date("validUntil", Texts.blankToNull(validUntil), null);
        Uni<byte[]> content = file == null ? Uni.createFrom().item(new byte[0])
                : vertx.fileSystem().readFile(file.uploadedFile().toString()).map(Buffer::getBytes);
        return content.chain(bytes -> materials.upload(caller.get(), nurseryId,
                        new FilingMaterialService.Upload(materialKind, documentNumber, issued, valid, bytes)))
                .map(material -> Created.at("/api/v1/admin/nurseries/" + nurseryId + "/filing/materials/"
                        + material.id()).entity(material).build());
    }

    /**
     * Answers a JSON body sent to the upload with 415 after the role check, so that callers without the role learn
     * that first, as on every other operation.
     */
    @POST
    @Path("/materials")
    @RolesAllowed("FILING_OFFICER")
    @Operation(hidden = true)
    public Uni<Response> uploadNotMultipart(@PathParam("id") String id) {
        return Uni.createFrom().failure(new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, Text.of(
                "请以 multipart/form-data 上传备案材料，包含 'kind' 和 'file' 两部分。",
                "Upload filing documents as multipart/form-data with parts 'kind' and 'file'.")));
    }

    @GET
    @Path("/materials/{materialId}")
    @Produces({"application/pdf", "image/jpeg", "image/png", Problem.MEDIA_TYPE})
    @RolesAllowed({"FILING_OFFICER", "SUPERVISOR"})
    @Operation(operationId = "downloadFilingMaterial", summary = "Download a filing document", description = "Each download is audited. Roles: FILING_OFFICER, SUPERVISOR.")
    @APIResponse(responseCode = "200", description = "The document as uploaded (images without metadata)")
    public Uni<Response> document(@PathParam("id") String id, @PathParam("materialId") String materialId) {
        return materials.document(caller.get(), RequestParameters.uuid("id", id), RequestParameters.uuid("materialId", materialId))
                .map(document -> Response.ok(document.content(), document.contentType())
                        .header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"")
                        .header("Cache-Control", "private, no-store").build());
    }
}
