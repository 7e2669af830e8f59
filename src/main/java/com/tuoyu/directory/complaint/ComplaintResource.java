package com.tuoyu.directory.complaint;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.platform.overload.EndpointFamily;
import com.tuoyu.directory.platform.overload.ShedsLoad;
import com.tuoyu.directory.complaint.dto.ParentComplaintReceipt;
import com.tuoyu.directory.complaint.dto.ParentComplaintRequest;
import com.tuoyu.directory.complaint.dto.ParentComplaintSummary;
import com.tuoyu.directory.complaint.dto.ParentComplaintView;
import com.tuoyu.directory.complaint.dto.ParentRating;
import com.tuoyu.directory.complaint.dto.ParentText;
import com.tuoyu.directory.platform.problem.Problem;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.platform.security.CurrentCaller;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@CompletesWhenClientLeaves
@Path("/api/v1/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("PARENT")
@SecurityRequirement(name = "bearer")
@Tag(name = "Complaints", description = "A parent's complaints and their follow-up; parent sign-in required")
@RequiredArgsConstructor
public class ComplaintResource {

    private final ComplaintService complaints;
    private final ParentComplaintService own;
    private final ParentComplaintViews views;
    private final CurrentCaller caller;
    private final Vertx vertx;

    @POST
    @Operation(operationId = "submitComplaint", summary = "File a complaint",
            description = "About a listed nursery, or an unlisted facility by name, address and county. Safe to retry with the same Idempotency-Key. Roles: PARENT.")
    @APIResponse(responseCode = "201", description = "Stored; the receipt has the tracking number and deadlines",
            content = @Content(schema = @Schema(implementation = ParentComplaintReceipt.class)))
    @APIResponse(responseCode = "409", description = "A request with this Idempotency-Key is still in flight")
    @APIResponse(responseCode = "422", description = "The key was used for another complaint, or the nursery is not listed")
    @ShedsLoad(EndpointFamily.COMPLAINT_SUBMISSION)
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Uni<Response> submit(
            @Parameter(in = ParameterIn.HEADER, description = "A unique key per complaint (e.g. a UUID), reused on retries",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 255))
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull ParentComplaintRequest request) {
        return complaints.submit(caller.get(), idempotencyKey, request, List.of()).chain(this::created);
    }

    /** Documented within submitComplaint: one path and method are one OpenAPI operation, with one operationId. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "File a complaint with photos",
            description = "Part 'complaint' holds the same JSON as the plain request; up to 6 parts 'photos' hold JPEG, PNG or HEIC images (checked by content, 5 MB each). Location data and other metadata are removed before storage. Roles: PARENT.")
    @APIResponse(responseCode = "201", description = "Stored with its photos",
            content = @Content(schema = @Schema(implementation = ParentComplaintReceipt.class)))
    @APIResponse(responseCode = "413", description = "A photo is too large")
    @APIResponse(responseCode = "415", description = "A photo is not a JPEG, PNG or HEIC image")
    @ShedsLoad(EndpointFamily.COMPLAINT_SUBMISSION)
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Uni<Response> submitWithPhotos(
            @Parameter(in = ParameterIn.HEADER, description = "A unique key per complaint (e.g. a UUID), reused on retries",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 255))
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @RestForm("complaint") @PartType(MediaType.APPLICATION_JSON) @Valid @NotNull ParentComplaintRequest request,
            @RestForm("photos") List<FileUpload> photos) {
        return readAll(photos).chain(contents -> complaints.submit(caller.get(), idempotencyKey, request, contents))
                .chain(this::created);
    }

    @GET
    @Path("/{id}/photos/{photoId}")
    @Produces({"image/jpeg", "image/png", "image/heic", Problem.MEDIA_TYPE})
    @Operation(operationId = "getMyComplaintPhoto", summary = "A photo of one of my complaints", description = "Roles: PARENT.")
    @APIResponse(responseCode = "200", description = "The image, metadata removed")
    public Uni<Response> photo(@PathParam("id") String id, @PathParam("photoId") String photoId) {
        return own.ownPhoto(caller.get(), RequestParameters.uuid("id", id), RequestParameters.uuid("photoId", photoId))
                .map(ComplaintResource::image);
    }

    static Response image(ComplaintPhotos.StoredPhoto photo) {
        return Response.ok(photo.content(), photo.contentType()).header("Cache-Control", "private, max-age=3600").build();
    }

    private Uni<List<byte[]>> readAll(List<FileUpload> uploads) {
        if (uploads == null || uploads.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Multi.createFrom().iterable(uploads)
                .onItem().transformToUniAndConcatenate(upload -> vertx.fileSystem().readFile(upload.uploadedFile().toString())
                        .map(Buffer::getBytes))
                .collect().asList();
    }

    private Uni<Response> created(ComplaintService.Intake intake) {
        return views.receipt(intake.receipt().id()).map(receipt -> {
            Response.ResponseBuilder response = Response.created(URI.create("/api/v1/complaints/" + receipt.id()))
                    .entity(receipt);
            return (intake.replayed() ? response.header("Idempotent-Replayed", "true") : response).build();
        });
    }

    @GET
    @Operation(operationId = "listMyComplaints", summary = "My complaints, newest first", description = "Roles: PARENT.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ParentComplaintSummary.class)))
    public Uni<List<ParentComplaintSummary>> list() {
        return own.listOwn(caller.get());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMyComplaint", summary = "One of my complaints with its history and public replies", description = "Another parent's complaint answers 404. Roles: PARENT.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ParentComplaintView.class)))
    public Uni<ParentComplaintView> get(@PathParam("id") String id) {
        return own.getOwn(caller.get(), RequestParameters.uuid("id", id));
    }

    @POST
    @Path("/{id}/information")
    @Operation(operationId = "provideComplaintInformation", summary = "Answer the handler's request for information", description = "Only while information is requested (else 409). Roles: PARENT.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ParentComplaintView.class)))
    @APIResponse(responseCode = "409", description = "Nobody asked for information")
    public Uni<ParentComplaintView> provideInformation(@PathParam("id") String id, @Valid @NotNull ParentText body) {
        return own.provideInformation(caller.get(), RequestParameters.uuid("id", id), body.text());
    }

    @POST
    @Path("/{id}/rating")
    @Operation(operationId = "rateComplaint", summary = "Rate the outcome, 1 to 5", description = "Only once resolved (else 409). Roles: PARENT.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ParentComplaintView.class)))
    @APIResponse(responseCode = "409", description = "Not resolved yet")
    public Uni<ParentComplaintView> rate(@PathParam("id") String id, @Valid @NotNull ParentRating rating) {
        return own.rate(caller.get(), RequestParameters.uuid("id", id), rating);
    }

    @POST
    @Path("/{id}/reopening")
    @Operation(operationId = "reopenComplaint", summary = "Reopen a resolved complaint", description = "Once, within 7 days of the resolution (else 409). Roles: PARENT.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ParentComplaintView.class)))
    @APIResponse(responseCode = "409", description = "Not resolved, already reopened, or too late")
    public Uni<ParentComplaintView> reopen(@PathParam("id") String id, @Valid @NotNull ParentText reason) {
        return own.reopen(caller.get(), RequestParameters.uuid("id", id), reason.text());
    }
}
