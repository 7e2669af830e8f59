package com.tuoyu.directory.privacy;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.privacy.dto.AdminKeyRotation;
import com.tuoyu.directory.privacy.dto.AdminRetentionPurge;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import lombok.RequiredArgsConstructor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/privacy")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@SecurityRequirement(name = "bearer")
@Tag(name = "Admin: personal information", description = "Keys of personal data at rest and the retention schedule")
@CompletesWhenClientLeaves
@RequiredArgsConstructor
public class PrivacyAdminResource {

    private final KeyRotation rotation;
    private final RetentionSchedule retention;

    @POST
    @Path("/key-rotation")
    @Operation(operationId = "rotatePersonalDataKey", summary = "Re-seal personal data with the current key",
            description = "After a new key is added to the key file and made current (nursery.crypto.current-key) on every "
                    + "replica, this re-seals every phone number, WeChat id and reporter contact sealed with an older key, "
                    + "so that the older key can be removed. Repeatable; values keep opening throughout. Roles: ADMIN.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminKeyRotation.class)))
    public Uni<AdminKeyRotation> rotate() {
        return rotation.rotate();
    }

    @POST
    @Path("/retention-purge")
    @Operation(operationId = "runRetentionPurge", summary = "Apply the retention schedule now",
            description = "Runs what the daily purge runs (nursery.retention.*): removes contact numbers and photos of "
                    + "complaints closed long enough ago (photos a penalty relies on stay), sends the notice to parents whose "
                    + "account has been unused almost long enough, and deletes those noticed in time and still unused. "
                    + "Never touches the audit trail. Repeatable. Roles: ADMIN.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminRetentionPurge.class)))
    public Uni<AdminRetentionPurge> purge() {
        return retention.purge();
    }
}
