package com.tuoyu.directory.division;

import com.tuoyu.directory.division.dto.DivisionLabel;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Names of divisions for lists that show many at once (a complaint queue, a signed-in account's districts). The
 * register is a few thousand rows that change only with a new GB/T 2260 edition, so it is read once and kept.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class DivisionLabels {

    private record Entry(String name, String parentCode) {
    }

    private final DivisionRepository divisions;
    private volatile Map<String, Entry> register;

    /**
<<<<<<< HEAD
     * The labels of the codes given, in their order; an unknown code is labelled with the code itself. No session
     * once the register is loaded: every public search names its division facet here, and a session would take a
     * database connection per search (at 1,000 searches a second the pool ran dry and searches were refused).
=======
     * The labels of the codes given, in their order; an unknown code is labelled with the code itself. Needs the
     * database only for the first read of the register: public search names its division facets here and must keep
     * answering from Elasticsearch while PostgreSQL is away (a session would take a pool connection every time).
>>>>>>> topology
     */
    public Uni<Map<String, DivisionLabel>> of(Collection<String> codes) {
        return loaded().map(all -> {
            Map<String, DivisionLabel> labels = new LinkedHashMap<>();
            for (String code : codes) {
                if (code != null) {
                    labels.computeIfAbsent(code, c -> label(all, c));
                }
            }
            return labels;
        });
    }

    private Uni<Map<String, Entry>> loaded() {
        Map<String, Entry> known = register;
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return Panache.withSession(divisions::listAll).map(list -> {
            Map<String, Entry> all = list.stream().collect(Collectors.toUnmodifiableMap(d -> d.code,
                    d -> new Entry(d.name, d.parentCode), (a, b) -> a));
            register = all;
            return all;
        });
    }

    private static DivisionLabel label(Map<String, Entry> all, String code) {
        Entry entry = all.get(code);
        if (entry == null) {
            return new DivisionLabel(code, code, code);
        }
        StringBuilder full = new StringBuilder(entry.name());
        Entry up = entry;
        // GB/T 2260 has three levels; the bound only guards against a malformed register.
        for (int depth = 0; depth < 3 && up.parentCode() != null && all.containsKey(up.parentCode()); depth++) {
            up = all.get(up.parentCode());
            if (!full.toString().startsWith(up.name())) {
                full.insert(0, up.name());
            }
        }
        return new DivisionLabel(code, entry.name(), full.toString());
    }

    /** Shorthand for one code. */
    public Uni<DivisionLabel> of(String code) {
        return of(List.of(code)).map(labels -> labels.get(code));
    }
}
