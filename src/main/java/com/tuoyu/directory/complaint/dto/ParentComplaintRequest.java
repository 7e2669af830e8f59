package com.tuoyu.directory.complaint.dto;

import com.tuoyu.directory.complaint.ComplaintCategory;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import com.tuoyu.directory.identity.PhoneNumbers;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A parent's complaint, about a listed nursery ({@code nurseryId}) or about a facility that is not listed (name,
 * address and county code), which matters most for reports of unfiled operation. No child's name or ID number is
 * asked for.
 */
@Schema(name = "ComplaintRequest")
public record ParentComplaintRequest(
        @Schema(description = "A listed nursery; or leave out and give facilityName, facilityAddress and divisionCode")
        UUID nurseryId,
        @Size(min = 2, max = 100) @Schema(example = "阳光宝贝托管班") String facilityName,
        @Size(min = 5, max = 200) @Schema(example = "江西省南昌市东湖区胜利路88号2楼") String facilityAddress,
        @Pattern(regexp = "[0-9]{6}", message = "{nursery.county.code}") @Schema(example = "360102") String divisionCode,
        @NotNull @Schema(required = true) ComplaintCategory category,
        @NotNull @Size(min = 10, max = 2000) @Schema(required = true, example = "孩子午睡时无人看护，从床上摔下后园方未及时告知家长。")
        String description,
        @NotNull @PastOrPresent(message = "{nursery.date.not-future}") @Schema(required = true, example = "2026-11-20")
        LocalDate incidentDate,
        @Pattern(regexp = PhoneNumbers.WRITTEN, message = "{nursery.phone.written}")
        @Schema(description = "Optional number for the handler to call back, as people write it (spaces, hyphens, +86 allowed); "
                + "stored as its 11 digits and shown to handlers masked", example = "13812345678")
        String contactPhone,
        @Schema(description = "The parent's separate consent to the processing of sensitive information about a child "
                + "(PIPL art. 29): required, true, for the categories SAFETY_INJURY, SUSPECTED_ABUSE and "
                + "HEALTH_CHECKS; recorded with the complaint", example = "true")
        Boolean sensitiveConsent) {
}
