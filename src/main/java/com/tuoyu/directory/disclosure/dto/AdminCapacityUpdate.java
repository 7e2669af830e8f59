package com.tuoyu.directory.disclosure.dto;

import com.tuoyu.directory.disclosure.RevisionSource;
import com.tuoyu.directory.nursery.AgeGroup;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "AdminCapacityUpdate", description = "The whole capacity section: 托位, children enrolled and classes per age group")
public record AdminCapacityUpdate(
        @Schema(description = "Date the figures hold on; not in the future; default today") LocalDate asOf,
        @NotNull @Schema(description = "Where the figures come from") RevisionSource source,
        @Size(max = 500) String note,
        @Schema(description = "The revision the change is based on (0 before the first); another one answers 409. Absent: no check")
        Integer expectedRevision,
        @NotNull @Size(max = 4) List<@Valid @NotNull Group> groups) {

    @Schema(name = "AdminCapacityGroup")
    public record Group(
            @NotNull @Schema(description = "班型") AgeGroup ageGroup,
            @PositiveOrZero @Schema(description = "Licensed places (托位)", example = "30") int slots,
            @PositiveOrZero @Schema(description = "Children enrolled, at most slots", example = "26") int enrolled,
            // Null only from inside the service: a nursery's vacancy report keeps a class count an import left unknown.
            @NotNull @PositiveOrZero @Schema(description = "Classes of this type; slots per class may not exceed the national class size", example = "2")
            Integer classes) {
    }
}
