package com.tuoyu.directory.nurserystaff;

import com.fasterxml.jackson.core.type.TypeReference;
import com.tuoyu.directory.nurserystaff.dto.PublicNurseryProfile;
import com.tuoyu.directory.nurserystaff.dto.VacancyLine;
import com.tuoyu.directory.platform.text.JsonText;
import com.tuoyu.directory.platform.text.PublicTerm;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The part of the public nursery page the nursery keeps itself, for the page's read model: hidden texts and photos
 * left out, and the care-type split of its vacancies only while the report is within the freshness window.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class PublicProfiles {

    private static final TypeReference<List<VacancyLine>> LINES = new TypeReference<>() {
    };

    private final NurseryProfileRepository profiles;
    private final NurseryPhotoRepository photos;
    private final VacancyReportRepository reports;
    private final OwnPageService pages;
    private final JsonText json;

    /** The nursery's own part of its public page as of {@code today}; the caller has checked the nursery is listed. */
    @WithSession
    public Uni<PublicNurseryProfile> publicProfile(UUID id, LocalDate today) {
        return profiles.findById(id).chain(profile -> photos.list("nurseryId = ?1 and hiddenReason is null order by position", id)
                .chain(shown -> reports.find("nurseryId = ?1 order by reportedAt desc", id).firstResult().map(report -> {
                    List<PublicNurseryProfile.Photo> photoViews = shown.stream().map(p -> new PublicNurseryProfile.Photo(p.id,
                            "/api/v1/nurseries/" + id + "/photos/" + p.id, p.caption)).toList();
                    PublicNurseryProfile.Vacancies vacancies = report == null || !VacancyReports.current(report.reportedOn, today)
                            ? null : new PublicNurseryProfile.Vacancies(report.reportedOn, json.read(report.lines, LINES).stream()
                            .map(l -> new PublicNurseryProfile.Line(l.ageGroup().term(),
                                    l.careType().term(), l.places())).toList());
                    if (profile == null) {
                        return new PublicNurseryProfile(null, List.of(), List.of(), List.of(), null, null, photoViews, vacancies);
                    }
                    return new PublicNurseryProfile(
                            shown(profile, PageText.DESCRIPTION, profile.description),
                            profile.dailyProgrammeHidden == null ? pages.programme(profile) : List.of(),
                            profile.weeklyMenuHidden == null ? pages.menu(profile) : List.of(),
                            OwnPageService.languages(profile),
                            shown(profile, PageText.WEBSITE, profile.website),
                            shown(profile, PageText.WECHAT_OFFICIAL_ACCOUNT, profile.wechatAccount),
                            photoViews, vacancies);
                })));
    }

    private static String shown(NurseryProfile profile, PageText text, String value) {
        return profile.hidden(text) == null ? value : null;
    }
}
