package com.tuoyu.directory.complaint.dto;

import com.tuoyu.directory.complaint.Finding;
import com.tuoyu.directory.complaint.HandlerAction;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "AdminComplaintAction")
public record AdminComplaintAction(
        @NotNull @Schema(required = true) HandlerAction action,
        @NotNull @Schema(required = true, description = "The version the handler saw; a newer one means someone else acted first (409)")
        Long version,
        @Size(max = 2000) @Schema(description = "Reason, question, reply, note or resolution text, as the action needs") String text,
        @Size(max = 100) @Schema(description = "For ASSIGN: the handler's account id") String assignee,
        @Schema(description = "For RESOLVE") Finding finding,
        @Schema(description = "For a substantiated RESOLVE: the inspection it led to") UUID inspectionId,
        @Schema(description = "For a substantiated RESOLVE: the penalty it led to") UUID penaltyId) {
}
