package com.tuoyu.directory.complaint.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** One of a parent's complaints as the service holds it, for the parent's own copy of their data. */
@Schema(name = "ComplaintHeld")
public record ParentComplaintExport(
        ParentComplaintView complaint,
        @Schema(description = "The contact number given for the handler, in full (null when none, or removed under the retention schedule)")
        String contactPhone,
        @Schema(description = "Given with the separate consent to sensitive information (a child's health, injury or safety), at")
        java.time.OffsetDateTime sensitiveConsentAt,
        List<Photo> photos) {

    @Schema(name = "ComplaintPhotoHeld")
    public record Photo(UUID id, String contentType, int sizeBytes,
                        @Schema(description = "Where the parent downloads it") String url) {
    }
}
