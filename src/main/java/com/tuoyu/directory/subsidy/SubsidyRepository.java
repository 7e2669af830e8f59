package com.tuoyu.directory.subsidy;

import com.tuoyu.directory.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SubsidyRepository implements PanacheRepositoryBase<Subsidy, UUID> {

    /**
     * The subsidies that can reach a nursery of the division: the nation's, its province's, its city's and its own
     * (a subsidy applies in its division and the divisions inside it). Dates and conditions are judged by the caller.
     */
    public Uni<List<Subsidy>> reaching(String nurseryDivision) {
        return list("divisionCode in ?1 order by validFrom, name", List.of(Subsidy.NATIONAL,
                nurseryDivision.substring(0, 2) + "0000", nurseryDivision.substring(0, 4) + "00", nurseryDivision));
    }

    /** Every subsidy of divisions within a scope code (a province code: the province, its cities and counties). */
    public Uni<List<Subsidy>> within(String division) {
        return list("divisionCode like ?1 order by divisionCode, validFrom desc, name", Caller.codePrefix(division) + "%");
    }
}
