package com.tuoyu.directory.nursery.dto;

import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nursery.OperatingModel;
import com.tuoyu.directory.nursery.RegistrationType;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * The public facts of a nursery as a filing officer records them. Coordinates are in {@code coordinateSystem}
 * (wgs84, the default, or gcj02 as Tencent and AMap maps give them); the service stores WGS-84 and answers in it.
 */
@Schema(name = "AdminNurseryFacts", description = "What the directory shows of a nursery once filed")
public record AdminNurseryFacts(
        @NotBlank @Size(min = 2, max = 100) @Schema(required = true, example = "东湖区小星星托育中心") String name,
        @NotBlank @Size(max = 100) @Schema(required = true, description = "举办者", example = "南昌小星星托育服务有限公司") String operatorName,
        @NotNull @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}",
                message = "{nursery.credit-code.form}")
        @Schema(required = true, description = "统一社会信用代码", example = "91360102MA35XXXX1Q") String creditCode,
        @NotNull @Schema(required = true) RegistrationType registrationType,
        @NotNull @Schema(required = true) OperatingModel operatingModel,
        @NotNull @Schema(required = true, description = "普惠") Boolean inclusive,
        @NotNull @Pattern(regexp = "[0-9]{6}", message = "{nursery.county.code}")
        @Schema(required = true, description = "GB/T 2260 county code, in your districts", example = "360102") String divisionCode,
        @NotBlank @Size(max = 200) @Schema(required = true, example = "南昌市东湖区八一大道100号") String address,
        @NotNull @DecimalMin("-90") @DecimalMax("90") @Schema(required = true, example = "28.6829") Double latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") @Schema(required = true, example = "115.8995") Double longitude,
        @Pattern(regexp = "wgs84|gcj02", message = "{nursery.coordinate-system}")
        @Schema(description = "Coordinate system of latitude and longitude; answers are always wgs84",
                enumeration = {"wgs84", "gcj02"}, defaultValue = "wgs84") String coordinateSystem,
        @NotNull @Schema(required = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                format = "time", example = "07:30:00") LocalTime opensAt,
        @NotNull @Schema(required = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                format = "time", example = "18:00:00") LocalTime closesAt,
        @NotEmpty @Schema(required = true, example = "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"]") Set<DayOfWeek> openDays,
        @NotNull @Pattern(regexp = "[0-9+() -]{7,20}", message = "{nursery.telephone}")
        @Schema(required = true, example = "0791-86123456") String contactPhone,
        @NotEmpty @Schema(required = true) Set<CareType> careTypes,
        @NotNull @Schema(required = true, description = "Meals served (then a food business licence is required)") Boolean mealsProvided,
        @NotNull @Schema(required = true) Boolean cctvInstalled,
        @Min(0) @Max(3650) @Schema(description = "Days CCTV footage is kept", example = "90") Integer cctvRetentionDays,
        @NotNull @Schema(required = true) Boolean securityOnSite,
        @Schema(description = "Date the safety facts were checked; today when absent") LocalDate safetyAsOf) {
}
