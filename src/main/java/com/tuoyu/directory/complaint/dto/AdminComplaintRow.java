package com.tuoyu.directory.complaint.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tuoyu.directory.division.dto.DivisionLabel;
import com.tuoyu.directory.identity.dto.StaffMember;
import com.tuoyu.directory.platform.text.PublicTerm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One row of the handler's queue: enough to pick the next complaint without opening it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "AdminComplaintRow")
public record AdminComplaintRow(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "TS20261206-000123") String trackingNumber,
        @Schema(required = true) long version,
        @Schema(description = "Absent for a complaint about an unlisted facility") UUID nurseryId,
        @Schema(required = true, description = "The nursery's name, or the unlisted facility's") String nurseryName,
        @Schema(required = true) DivisionLabel county,
        @Schema(required = true) PublicTerm category,
        @Schema(required = true) PublicTerm status,
        @Schema(required = true) boolean urgent,
        @Schema(required = true, description = "The description's first 40 characters, '…' when cut") String summary,
        @Schema(required = true, description = "Beijing time") OffsetDateTime submittedAt,
        @Schema(required = true) AdminDeadline deadline,
        @Schema(required = true, description = "The parent sent information no handler has opened yet") boolean newInformation,
        StaffMember assignee) {
}
