package com.tuoyu.directory.nursery;

import lombok.RequiredArgsConstructor;
import lombok.AccessLevel;

import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * The nurseries a staff member may see: those of their own districts. Anything outside answers as if it did not
 * exist (404), so that nobody learns which nurseries other counties have registered.
 */
@ApplicationScoped
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DistrictScope {

    private final NurseryRepository nurseries;
    private final FilingRepository filings;

    /** The nursery if it is in the caller's districts. */
    Uni<Nursery> nursery(Caller staff, UUID id) {
        return nurseries.findById(id).chain(nursery -> nursery == null || !staff.covers(nursery.divisionCode)
                ? Uni.createFrom().failure(ProblemException.notFound("你的辖区内没有托育机构 " + id + "。",
                        "There is no nursery " + id + " in your districts."))
                : Uni.createFrom().item(nursery));
    }

    Uni<Filing> filingOf(Nursery nursery) {
        return filings.find("nurseryId", nursery.id).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("托育机构 " + nursery.id + " 没有备案。",
                        "Nursery " + nursery.id + " has no filing."));
    }
}
