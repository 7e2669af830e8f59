package com.tuoyu.directory.nurserystaff;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.platform.problem.Problem;
import com.tuoyu.directory.platform.problem.RequestParameters;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import lombok.RequiredArgsConstructor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@CompletesWhenClientLeaves
@Path("/api/v1/nurseries/{id}/photos")
@Tag(name = "Nurseries")
@RequiredArgsConstructor
public class NurseryPhotoResource {

    private final OwnPageService pages;

    @GET
    @Path("/{photoId}")
    @Produces({"image/jpeg", "image/png", "image/heic", Problem.MEDIA_TYPE})
    @Operation(operationId = "getNurseryPhoto", summary = "A photo on a filed nursery's page",
            description = "As listed in the page's profile.photos (metadata removed). A photo a filing officer hid, or one "
                    + "of a nursery not listed, answers 404. Cacheable for 5 minutes. Roles: none (public).")
    @APIResponse(responseCode = "200", description = "The image")
    @APIResponse(responseCode = "404", description = "No such shown photo of a listed nursery")
    public Uni<Response> photo(@PathParam("id") String id, @PathParam("photoId") String photoId) {
        return pages.publicPhoto(RequestParameters.uuid("id", id), RequestParameters.uuid("photoId", photoId))
                .map(p -> Response.ok(p.content(), p.contentType()).header("Cache-Control", "public, max-age=300").build());
    }
}
