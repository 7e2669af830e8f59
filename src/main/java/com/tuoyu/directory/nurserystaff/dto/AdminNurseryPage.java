package com.tuoyu.directory.nurserystaff.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "AdminNurseryPage", description = "A nursery's own page as its staff and the officers see it, hidden parts "
        + "included with their reasons")
public record AdminNurseryPage(
        UUID nurseryId,
        String description,
        List<ProgrammeItem> dailyProgramme,
        List<MenuDay> weeklyMenu,
        List<String> languages,
        String website,
        String wechatOfficialAccount,
        @Schema(description = "Texts hidden from the public by a filing officer, with the reason") List<HiddenText> hiddenTexts,
        List<AdminNurseryPhoto> photos,
        @Schema(description = "The latest vacancy report, if any") AdminVacancyReport latestVacancyReport,
        Instant updatedAt,
        @Schema(description = "Send as expectedVersion to detect a concurrent change; 0 before the first") long version) {

    @Schema(name = "AdminHiddenText")
    public record HiddenText(@Schema(description = "DESCRIPTION, DAILY_PROGRAMME, WEEKLY_MENU, WEBSITE or WECHAT_OFFICIAL_ACCOUNT")
                             String text, String label, String reason) {
    }
}
