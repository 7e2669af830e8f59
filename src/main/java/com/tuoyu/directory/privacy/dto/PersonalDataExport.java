package com.tuoyu.directory.privacy.dto;

import com.tuoyu.directory.alert.dto.VacancyAlertList;
import com.tuoyu.directory.complaint.dto.ParentComplaintExport;
import com.tuoyu.directory.identity.dto.ParentAccountHeld;
import com.tuoyu.directory.saved.dto.SavedNurseryList;
import com.tuoyu.directory.visit.dto.VisitRequestView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** Everything the service holds about the signed-in parent (PIPL art. 45): one JSON document. */
@Schema(name = "PersonalData")
public record PersonalDataExport(
        OffsetDateTime generatedAt,
        ParentAccountHeld account,
        @Schema(description = "Complaints filed, with their history, contact number and photos") List<ParentComplaintExport> complaints,
        SavedNurseryList savedNurseries,
        VacancyAlertList vacancyAlerts,
        List<VisitHeld> visitRequests,
        @Schema(description = "How long each kind of data is kept (the retention schedule)") List<RetentionRule> retention) {

    @Schema(name = "VisitRequestHeld")
    public record VisitHeld(VisitRequestView request,
                            @Schema(description = "The phone shared with the nursery for this request, if any") String sharedPhone) {
    }

    @Schema(name = "RetentionRule")
    public record RetentionRule(@Schema(example = "complaint-contact") String data,
                                @Schema(example = "3 年（投诉办结后）") String kept) {
    }
}
