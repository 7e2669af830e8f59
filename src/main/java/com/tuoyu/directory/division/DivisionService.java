package com.tuoyu.directory.division;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.division.dto.CountyReference;
import com.tuoyu.directory.division.dto.DivisionArea;
import com.tuoyu.directory.division.dto.DivisionNames;
import com.tuoyu.directory.division.dto.PublicDivision;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** GB/T 2260 reference data. */
@ApplicationScoped
@RequiredArgsConstructor
public class DivisionService {

    private final DivisionRepository divisions;

    /** The provinces, or the children of one division. */
    @WithSession
    public Uni<List<PublicDivision>> children(String parentCode) {
        RequestParameters.divisionCode("parent", parentCode, false);
        Uni<Void> parentExists = parentCode == null ? Uni.createFrom().voidItem()
                : divisions.findById(parentCode).onItem().ifNull()
                        .failWith(() -> ProblemException.notFound("There is no division with code " + parentCode + "."))
                        .replaceWithVoid();
        return parentExists.chain(() -> divisions.listByParent(parentCode))
                .map(list -> list.stream().map(DivisionService::toPublic).toList());
    }

    /**
     * Every county-level division of the register, with its city and province names; the centre and residents are
     * null where the figures file has none. Three queries: the register import checks each row's county against it.
     */
    @WithSession
    public Uni<List<CountyReference>> counties() {
        return divisions.list("level = ?1 order by code", DivisionLevel.COUNTY).chain(this::withNames);
    }

    /** One county-level division with its names, or null when no county has the code: what a filing checks. */
    @WithSession
    public Uni<CountyReference> county(String code) {
        return divisions.list("level = ?1 and code = ?2", DivisionLevel.COUNTY, code)
                .chain(this::withNames)
                .map(found -> found.isEmpty() ? null : found.get(0));
    }

    private Uni<List<CountyReference>> withNames(List<Division> counties) {
        return withParents(counties).chain(cities -> withParents(cities.values())
                .map(provinces -> counties.stream().map(d -> {
                    Division city = cities.get(d.parentCode);
                    Division province = city == null ? null : provinces.get(city.parentCode);
                    return new CountyReference(d.code, d.name, city == null ? "" : city.name,
                            province == null ? "" : province.name, d.centreLatitude, d.centreLongitude, d.population);
                }).toList()));
    }

    /** The parents of some divisions, by code. */
    private Uni<Map<String, Division>> withParents(Collection<Division> children) {
        List<String> codes = children.stream().map(d -> d.parentCode).filter(Objects::nonNull).distinct().toList();
        if (codes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return divisions.list("code in ?1", codes)
                .map(list -> list.stream().collect(Collectors.toMap(d -> d.code, Function.identity())));
    }

    /**
     * The county, city and province names of a division and the divisions above it; null when no division has the
     * code.
     */
    @WithSession
    public Uni<DivisionNames> names(String code) {
        return divisions.findById(code).chain(division -> {
            if (division == null) {
                return Uni.createFrom().nullItem();
            }
            return withAncestors(division, new ArrayList<>()).map(chain -> {
                String county = null;
                String city = null;
                String province = null;
                for (Division d : chain) {
                    switch (d.level) {
                        case COUNTY -> county = d.name;
                        case CITY -> city = d.name;
                        case PROVINCE -> province = d.name;
                    }
                }
                return new DivisionNames(code, county, city, province);
            });
        });
    }

    /**
     * A division with the county-level divisions inside it and the residents of those whose residents are known; a
     * not-found problem for an unknown code.
     */
    @WithSession
    public Uni<DivisionArea> area(String code) {
        return divisions.findById(code)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("There is no division with code " + code + "."))
                .chain(division -> divisions.list("level = ?1 and code like ?2 order by code", DivisionLevel.COUNTY,
                                Caller.codePrefix(code) + "%")
                        .map(counties -> toArea(division, counties)));
    }

    /**
     * The prefecture-level cities of a province, each with its county-level divisions and residents as {@link #area}
     * gives them, in code order; two queries for the whole province. A city's counties are those under its code prefix
     * (省直辖县级 counties under their pseudo-city xx90).
     */
    @WithSession
    public Uni<List<DivisionArea>> cityAreas(String province) {
        String prefix = Caller.codePrefix(province);
        return divisions.list("level = ?1 and code like ?2 order by code", DivisionLevel.CITY, prefix + "%")
                .chain(cities -> divisions.list("level = ?1 and code like ?2 order by code", DivisionLevel.COUNTY,
                                prefix + "%")
                        .map(counties -> {
                            Map<String, List<Division>> byCity = counties.stream()
                                    .collect(Collectors.groupingBy(c -> c.code.substring(0, 4)));
                            return cities.stream().map(city -> toArea(city,
                                    byCity.getOrDefault(city.code.substring(0, 4), List.of()))).toList();
                        }));
    }

    private static DivisionArea toArea(Division division, List<Division> counties) {
        Set<String> withResidents = counties.stream().filter(c -> c.population != null)
                .map(c -> c.code).collect(Collectors.toUnmodifiableSet());
        long residents = counties.stream().mapToLong(c -> c.population == null ? 0 : c.population).sum();
        boolean childrenKnown = !counties.isEmpty() && counties.stream().allMatch(c -> c.childrenUnderThree != null);
        Long children = childrenKnown ? counties.stream().mapToLong(c -> c.childrenUnderThree).sum() : null;
        List<DivisionArea.County> without = counties.stream().filter(c -> c.population == null)
                .map(c -> new DivisionArea.County(c.code, c.name)).toList();
        return new DivisionArea(division.code, division.name, division.level, counties.size(), withResidents.size(),
                withResidents, residents, children, without);
    }

    /** The division followed by its parent, grandparent...; GB/T 2260 has at most three levels. */
    private Uni<List<Division>> withAncestors(Division division, List<Division> chain) {
        chain.add(division);
        if (division.parentCode == null || chain.size() >= DivisionLevel.values().length) {
            return Uni.createFrom().item(chain);
        }
        return divisions.findById(division.parentCode)
                .chain(parent -> parent == null ? Uni.createFrom().item(chain) : withAncestors(parent, chain));
    }

    private static PublicDivision toPublic(Division division) {
        return new PublicDivision(division.code, division.name, division.level, division.parentCode);
    }
}
