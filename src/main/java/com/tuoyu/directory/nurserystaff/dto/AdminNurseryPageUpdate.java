package com.tuoyu.directory.nurserystaff.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "AdminNurseryPageUpdate", description = "The whole descriptive page the nursery keeps itself; absent texts "
        + "are cleared. Regulated facts (capacity, staff, permits, fees, the inclusive mark) are not part of it.")
public record AdminNurseryPageUpdate(
        @Size(max = 1000) @Schema(description = "A short description", example = "社区嵌入式托育园，步行 5 分钟到地铁站。") String description,
        @Size(max = 30) List<@Valid @NotNull ProgrammeItem> dailyProgramme,
        @Size(max = 7) List<@Valid @NotNull MenuDay> weeklyMenu,
        @Size(max = 10) @Schema(description = "Languages spoken with the children", example = "[\"普通话\", \"英语\"]")
        List<@NotBlank @Size(max = 30) String> languages,
        @Size(max = 300) @Pattern(regexp = "https?://[^\\s]+", message = "{nursery.page.website}")
        @Schema(example = "https://www.example.cn") String website,
        @Size(max = 100) @Schema(description = "WeChat official account (公众号) name or id", example = "小太阳托育") String wechatOfficialAccount,
        @Schema(description = "The page version the change is based on; another one answers 409. Absent: no check")
        Long expectedVersion) {
}
