package com.tuoyu.directory.nurserypage.dto;

import com.tuoyu.directory.disclosure.dto.PublicCapacity;
import com.tuoyu.directory.disclosure.dto.PublicPermits;
import com.tuoyu.directory.disclosure.dto.PublicSafety;
import com.tuoyu.directory.disclosure.dto.PublicStaff;
import com.tuoyu.directory.fees.dto.PublicFees;
import com.tuoyu.directory.nurserystaff.dto.PublicNurseryProfile;
import com.tuoyu.directory.platform.text.PublicTerm;
import com.tuoyu.directory.subsidy.dto.PublicCostEstimate;
import com.tuoyu.directory.supervision.dto.PublicSupervision;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Everything a filed nursery must disclose (信息公示), as parents' clients show it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "NurseryDetail", description = "The full public disclosure (信息公示) of one filed nursery")
public record PublicNurseryDetail(
        UUID id,
        @Schema(description = "Date the response was computed on (China Standard Time); date-dependent flags refer to it",
                example = "2026-11-22") LocalDate asOf,
        @Schema(example = "小太阳托育中心") String name,
        @Schema(description = "举办者", example = "南昌市小太阳托育服务有限公司") String operator,
        @Schema(description = "登记类型") PublicTerm registrationType,
        @Schema(description = "举办模式") PublicTerm operatingModel,
        @Schema(description = "普惠: charges at or below the district guide price") boolean inclusive,
        PublicNurseryFiling filing,
        PublicLocation location,
        PublicOpeningHours openingHours,
        @Schema(description = "The nursery's public phone number", example = "0791-86123456") String contactPhone,
        PublicServices services,
        PublicCapacity capacity,
        PublicStaff staff,
        PublicPermits permits,
        @Schema(description = "Required permits with none valid today (absent or expired): the registration document, premises proof, fire-safety pass, health evaluation, and the food business licence when meals are served")
        List<PublicTerm> missingPermits,
        PublicFees fees,
        @Schema(description = "The estimated monthly cost after the subsidies that may apply (an estimate: estimate is always true), "
                + "for the child's age and the parent's choices sent as query parameters")
        PublicCostEstimate costEstimate,
        PublicSupervision supervision,
        PublicSafety safety,
        PublicTimeline timeline,
        @Schema(description = "What the nursery itself keeps on its page: photos, daily programme, weekly menu, languages, "
                + "description, website, WeChat official account, vacancies by care type")
        PublicNurseryProfile profile) {
}
