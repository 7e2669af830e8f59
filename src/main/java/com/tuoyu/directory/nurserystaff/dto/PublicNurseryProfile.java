package com.tuoyu.directory.nurserystaff.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tuoyu.directory.platform.text.PublicTerm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the nursery itself says on its public page; texts an officer hid are absent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "NurseryProfile", description = "What the nursery itself keeps on its page (not checked by the authority "
        + "beyond its rules): description, daily programme, weekly menu, languages, website, WeChat official account, "
        + "photos, and its latest vacancy report by care type")
public record PublicNurseryProfile(
        @Schema(example = "社区嵌入式托育园，步行 5 分钟到地铁站。") String description,
        List<ProgrammeItem> dailyProgramme,
        List<MenuDay> weeklyMenu,
        @Schema(example = "[\"普通话\", \"英语\"]") List<String> languages,
        @Schema(example = "https://www.example.cn") String website,
        @Schema(description = "WeChat official account (公众号)", example = "小太阳托育") String wechatOfficialAccount,
        @Schema(description = "At most 12, in the nursery's order") List<Photo> photos,
        @Schema(description = "The nursery's latest vacancy report by care type; absent when none was made within 30 days "
                + "(vacancies are then unknown)") Vacancies vacancies) {

    @Schema(name = "NurseryPhoto")
    public record Photo(UUID id,
                        @Schema(description = "Host-relative path of the image (JPEG, PNG or HEIC, metadata removed)",
                                example = "/api/v1/nurseries/3f2504e0-4f89-31d3-9a0c-0305e82c3301/photos/9b2e1c1a-0c1d-4d52-9a8e-1f1f3a6f0b11")
                        String url,
                        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "户外活动场地") String caption) {
    }

    @Schema(name = "NurseryVacancies")
    public record Vacancies(@Schema(description = "The day the nursery reported them", example = "2026-12-01") LocalDate reportedOn,
                            List<Line> lines) {
    }

    @Schema(name = "NurseryVacancyLine")
    public record Line(@Schema(description = "班型") PublicTerm ageGroup, @Schema(description = "托育类型") PublicTerm careType,
                       @Schema(description = "Free places", example = "2") int places) {
    }
}
