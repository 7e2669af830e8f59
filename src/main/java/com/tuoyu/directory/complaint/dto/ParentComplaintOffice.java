package com.tuoyu.directory.complaint.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who handles the complaint and how to call them. */
@Schema(name = "ComplaintOffice")
public record ParentComplaintOffice(
        @Schema(required = true, example = "东湖区卫生健康委员会") String name,
        @Schema(required = true, example = "12345") String hotline) {
}
