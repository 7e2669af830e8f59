package com.tuoyu.directory.complaint.dto;

import com.tuoyu.directory.platform.text.Text;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.tuoyu.directory.platform.text.PublicTerm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** The deadline a complaint is working towards now, and how much working time is left or overdue. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "AdminDeadline")
public record AdminDeadline(
        @Schema(required = true, description = "ACCEPT (受理期限), RESOLVE (办结期限) or NONE (decided)") PublicTerm kind,
        @Schema(description = "Beijing time; absent once decided") OffsetDateTime dueAt,
        @Schema(required = true) boolean overdue,
        @Schema(description = "Working days from today to the due day, both counted; negative: working days overdue")
        Integer workingDaysLeft,
        @Schema(description = "Hours left; negative when overdue") Long hoursLeft,
        @Schema(description = "Set when the official holiday arrangement of a year the deadline spans was not yet published")
        Boolean provisional,
        @Schema(implementation = String.class, required = true, example = "剩余 3 个工作日") Text label) {
}
