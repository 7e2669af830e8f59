package com.tuoyu.directory.supervision.dto;

import com.tuoyu.directory.disclosure.CreditList;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "AdminCreditEntry")
public record AdminCreditEntry(UUID id, UUID nurseryId, CreditList list, LocalDate listedOn, LocalDate removedOn,
                               String reason) {
}
