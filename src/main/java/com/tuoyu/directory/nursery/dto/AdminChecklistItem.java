package com.tuoyu.directory.nursery.dto;

import com.tuoyu.directory.platform.text.Text;
import com.tuoyu.directory.nursery.MaterialChecklist;
import com.tuoyu.directory.nursery.MaterialKind;
import com.tuoyu.directory.nursery.MaterialRequirement;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "AdminChecklistItem", description = "One required filing material and whether it is on file today")
public record AdminChecklistItem(
        MaterialRequirement requirement,
        @Schema(implementation = String.class, example = "消防安全检查合格证明") Text label,
        @Schema(description = "Document kinds that satisfy it") List<MaterialKind> acceptedKinds,
        MaterialChecklist.State state,
        @Schema(description = "Valid until (the latest unexpired document; for EXPIRED the latest expired one); null when open-ended or missing")
        LocalDate validUntil) {
}
