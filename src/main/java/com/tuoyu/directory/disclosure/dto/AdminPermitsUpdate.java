package com.tuoyu.directory.disclosure.dto;

import com.tuoyu.directory.disclosure.PermitKind;
import com.tuoyu.directory.disclosure.RevisionSource;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "AdminPermitsUpdate", description = "The whole permits section: every permit and certificate the nursery holds")
public record AdminPermitsUpdate(
        @Schema(description = "Date the list holds on; not in the future; default today") LocalDate asOf,
        @NotNull RevisionSource source,
        @Size(max = 500) String note,
        @Schema(description = "The revision the change is based on (0 before the first); another one answers 409") Integer expectedRevision,
        @NotNull @Size(max = 30) List<@Valid @NotNull Item> permits) {

    @Schema(name = "AdminPermit")
    public record Item(
            @NotNull PermitKind kind,
            @NotBlank @Size(max = 60) String number,
            @NotNull @Schema(description = "Not in the future") LocalDate issuedOn,
            @Schema(description = "Last day of validity, not before issuedOn; absent when it does not expire") LocalDate validUntil) {
    }
}
