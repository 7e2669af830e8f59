package com.tuoyu.directory.fees.dto;

import com.tuoyu.directory.disclosure.RevisionSource;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdminInclusiveChange", description = "Mark a nursery inclusive (普惠) or withdraw the mark")
public record AdminInclusiveChange(
        @NotNull Boolean inclusive,
        @NotNull RevisionSource source,
        @Size(max = 500) String note) {
}
