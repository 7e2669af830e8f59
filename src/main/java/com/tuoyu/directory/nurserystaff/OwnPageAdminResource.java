package com.tuoyu.directory.nurserystaff;

import com.tuoyu.directory.nurserystaff.dto.AdminHiding;
import com.tuoyu.directory.nurserystaff.dto.AdminNurseryPage;
import com.tuoyu.directory.nurserystaff.dto.AdminNurseryPageUpdate;
import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.platform.problem.Problem;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.platform.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import lombok.RequiredArgsConstructor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.Locale;
import java.util.UUID;

@CompletesWhenClientLeaves
@Path("/api/v1/admin/nurseries/{id}/page")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Nursery staff: own page", description = "The descriptive page a nursery keeps itself; officers may hide parts")
@RequiredArgsConstructor
public class OwnPageAdminResource {

    private static final String SCOPE = " A nursery's staff reach their own nursery only, officers their districts "
            + "(others answer 404). Every change is audited and reaches the public page within seconds.";

    private final OwnPageService pages;
    private final CurrentCaller caller;
    private final Vertx vertx;

    @GET
    @RolesAllowed({"NURSERY", "FILING_OFFICER", "SUPERVISOR"})
    @Operation(operationId = "getOwnNurseryPage", summary = "The nursery's own page, hidden parts included",
            description = "Texts, photos (with the reason when a filing officer hid one) and the latest vacancy report."
                    + SCOPE + " Roles: NURSERY, FILING_OFFICER, SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminNurseryPage.class)))
    public Uni<AdminNurseryPage> get(@PathParam("id") String id) {
        return pages.page(caller.get(), nursery(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("NURSERY")
    @Operation(operationId = "updateOwnNurseryPage", summary = "Replace the nursery's descriptive texts",
            description = "Description, daily programme, weekly menu, languages, website and WeChat official account. A text "
                    + "a filing officer hid stays hidden until an officer shows it again. Capacity, staff, permits, fees and "
                    + "the inclusive mark are regulated facts kept by filing officers, not here." + SCOPE + " Roles: NURSERY.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminNurseryPage.class)))
    @APIResponse(responseCode = "409", description = "expectedVersion is not the page's version")
    public Uni<AdminNurseryPage> update(@PathParam("id") String id, @Valid @NotNull AdminNurseryPageUpdate update) {
        return pages.update(caller.get(), nursery(id), update);
    }

    @POST
    @Path("/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed("NURSERY")
    @Operation(operationId = "addOwnNurseryPhoto", summary = "Add a photo to the nursery's page",
            description = "Part 'photo' holds a JPEG, PNG or HEIC image (checked by content, at most 5 MB; location and "
                    + "other metadata removed before storage), optional part 'caption' (at most 100 characters). At most 12 "
                    + "photos per nursery, hidden ones included (409 beyond)." + SCOPE + " Roles: NURSERY.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminNurseryPage.class)))
    @APIResponse(responseCode = "409", description = "The nursery already has 12 photos")
    @APIResponse(responseCode = "413", description = "Larger than 5 MB")
    @APIResponse(responseCode = "415", description = "Not a JPEG, PNG or HEIC image")
    public Uni<AdminNurseryPage> addPhoto(@PathParam("id") String id, @RestForm("photo") FileUpload photo,
                                          @RestForm("caption") @Size(max = 100) String caption) {
        UUID nurseryId = nursery(id);
        if (photo == null) {
            throw ProblemException.invalidParameter("photo", "缺少照片", "is missing");
        }
        return vertx.fileSystem().readFile(photo.uploadedFile().toString()).map(Buffer::getBytes)
                .chain(bytes -> pages.addPhoto(caller.get(), nurseryId, bytes, caption));
    }

    @GET
    @Path("/photos/{photoId}")
    @Produces({"image/jpeg", "image/png", "image/heic", Problem.MEDIA_TYPE})
    @RolesAllowed({"NURSERY", "FILING_OFFICER", "SUPERVISOR"})
    @Operation(operationId = "getOwnNurseryPhoto", summary = "A photo of the nursery's page, hidden or not",
            description = "Metadata removed." + SCOPE + " Roles: NURSERY, FILING_OFFICER, SUPERVISOR.")
    @APIResponse(responseCode = "200", description = "The image")
    public Uni<Response> photo(@PathParam("id") String id, @PathParam("photoId") String photoId) {
        return pages.staffPhoto(caller.get(), nursery(id), RequestParameters.uuid("photoId", photoId))
                .map(p -> Response.ok(p.content(), p.contentType()).header("Cache-Control", "private, max-age=300").build());
    }

    @DELETE
    @Path("/photos/{photoId}")
    @RolesAllowed("NURSERY")
    @Operation(operationId = "deleteOwnNurseryPhoto", summary = "Remove a photo from the nursery's page",
            description = "Audited." + SCOPE + " Roles: NURSERY.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminNurseryPage.class)))
    public Uni<AdminNurseryPage> deletePhoto(@PathParam("id") String id, @PathParam("photoId") String photoId) {
        return pages.deletePhoto(caller.get(), nursery(id), RequestParameters.uuid("photoId", photoId));
    }

    @PUT
    @Path("/photos/{photoId}/hiding")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("FILING_OFFICER")
    @Operation(operationId = "hideNurseryPhoto", summary = "Hide a photo that breaks the rules",
            description = "Gone from the public page at once; the nursery sees it with the reason. Audited. Roles: FILING_OFFICER.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminNurseryPage.class)))
    public Uni<AdminNurseryPage> hidePhoto(@PathParam("id") String id, @PathParam("photoId") String photoId,
                                           @Valid @NotNull AdminHiding hiding) {
        return pages.hidePhoto(caller.get(), nursery(id), RequestParameters.uuid("photoId", photoId), hiding.reason());
    }

    @DELETE
    @Path("/photos/{photoId}/hiding")
    @RolesAllowed("FILING_OFFICER")
    @Operation(operationId = "showNurseryPhoto", summary = "Show a hidden photo again", description = "Audited. Roles: FILING_OFFICER.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminNurseryPage.class)))
    public Uni<AdminNurseryPage> showPhoto(@PathParam("id") String id, @PathParam("photoId") String photoId) {
        return pages.showPhoto(caller.get(), nursery(id), RequestParameters.uuid("photoId", photoId));
    }

    @PUT
    @Path("/texts/{text}/hiding")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("FILING_OFFICER")
    @Operation(operationId = "hideNurseryPageText", summary = "Hide a text of the page that breaks the rules",
            description = "Gone from the public page at once; the nursery sees it with the reason and it stays hidden, "
                    + "whatever the nursery writes, until shown again. Audited. Roles: FILING_OFFICER.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminNurseryPage.class)))
    public Uni<AdminNurseryPage> hideText(@PathParam("id") String id, @Parameter(schema = @Schema(type = SchemaType.STRING,
            enumeration = {"DESCRIPTION", "DAILY_PROGRAMME", "WEEKLY_MENU", "WEBSITE", "WECHAT_OFFICIAL_ACCOUNT"}))
            @PathParam("text") String text, @Valid @NotNull AdminHiding hiding) {
        return pages.hideText(caller.get(), nursery(id), pageText(text), hiding.reason());
    }

    @DELETE
    @Path("/texts/{text}/hiding")
    @RolesAllowed("FILING_OFFICER")
    @Operation(operationId = "showNurseryPageText", summary = "Show a hidden text again", description = "Audited. Roles: FILING_OFFICER.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminNurseryPage.class)))
    public Uni<AdminNurseryPage> showText(@PathParam("id") String id, @Parameter(schema = @Schema(type = SchemaType.STRING,
            enumeration = {"DESCRIPTION", "DAILY_PROGRAMME", "WEEKLY_MENU", "WEBSITE", "WECHAT_OFFICIAL_ACCOUNT"}))
            @PathParam("text") String text) {
        return pages.showText(caller.get(), nursery(id), pageText(text));
    }

    private static UUID nursery(String id) {
        return RequestParameters.uuid("id", id);
    }

    private static PageText pageText(String text) {
        try {
            return PageText.valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter("text", "必须是 DESCRIPTION、DAILY_PROGRAMME、WEEKLY_MENU、WEBSITE 或 "
                    + "WECHAT_OFFICIAL_ACCOUNT", "must be DESCRIPTION, DAILY_PROGRAMME, WEEKLY_MENU, WEBSITE or WECHAT_OFFICIAL_ACCOUNT");
        }
    }
}
