package com.tuoyu.directory.division;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.text.Texts;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads the reference divisions of {@code reference/divisions.csv} at start, idempotently: a division missing from
 * the database is added and an empty figure (population, children under three, centre) is filled, but a figure
 * already there is kept, so supervisors' own figures are never overwritten by the file. Runs before the demo data.
 * An extra file on disk ({@code nursery.reference.extra-divisions}, the benchmark's national data set) is loaded after
 * it with the same rules; it may not repeat a division of the classpath file.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class DivisionDataLoader {

    static final String RESOURCE = "reference/divisions.csv";
    private static final Logger LOG = Logger.getLogger(DivisionDataLoader.class);

    /** One line of the data file. */
    public record Row(String code, String name, DivisionLevel level, String parentCode, Integer population,
                      Double centreLatitude, Double centreLongitude, Integer childrenUnderThree) {
    }

    private final ReferenceDataConfig config;

    void onStart(@Observes @Priority(1000) StartupEvent event) throws Throwable {
        List<Row> rows = read();
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> upsert(rows)));
        LOG.infof("Reference divisions checked against %s (%d rows)", RESOURCE, rows.size());
        if (config.extraDivisions().isPresent()) {
            Path file = Path.of(config.extraDivisions().get());
            List<Row> extra = readExtra(file, rows);
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> upsert(extra)));
            LOG.infof("Reference divisions checked against %s (%d rows)", file, extra.size());
        }
    }

    private Uni<Void> upsert(List<Row> rows) {
        // Parents come before their children in the file, so the foreign key holds row by row.
        return Panache.getSession().chain(session -> Multi.createFrom().iterable(rows)
                .onItem().transformToUniAndConcatenate(row -> session.createNativeQuery("""
                                insert into division (code, name, level, parent_code, population, centre_latitude,
                                                      centre_longitude, children_under_three)
                                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                                on conflict (code) do update set
                                    population = coalesce(division.population, excluded.population),
                                    centre_latitude = coalesce(division.centre_latitude, excluded.centre_latitude),
                                    centre_longitude = coalesce(division.centre_longitude, excluded.centre_longitude),
                                    children_under_three = coalesce(division.children_under_three, excluded.children_under_three)
                                """)
                        .setParameter(1, row.code()).setParameter(2, row.name()).setParameter(3, row.level().name())
                        .setParameter(4, row.parentCode()).setParameter(5, row.population())
                        .setParameter(6, row.centreLatitude()).setParameter(7, row.centreLongitude())
                        .setParameter(8, row.childrenUnderThree())
                        .executeUpdate())
                .collect().last().replaceWithVoid());
    }

    /** The rows of the data file, in file order; lines starting with '#' and the header are skipped. */
    public static List<Row> read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows of an extra divisions file in the same format, in file order, refused when one repeats a division of
     * {@code loaded} (the classpath file's rows) or of the file itself.
     */
    public static List<Row> readExtra(Path file, List<Row> loaded) {
        List<Row> rows;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = parse(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the extra divisions file " + file, e);
        }
        Set<String> codes = new HashSet<>();
        loaded.forEach(row -> codes.add(row.code()));
        for (Row row : rows) {
            if (!codes.add(row.code())) {
                throw new IllegalStateException(file + ": division " + row.code() + " is already defined");
            }
        }
        return rows;
    }

    private static List<Row> parse(BufferedReader reader, String source) throws IOException {
        List<Row> rows = new ArrayList<>();
        String line;
        boolean header = true;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 8) {
                throw new IllegalStateException(source + ": expected 8 fields in line '" + line + "'");
            }
            rows.add(new Row(f[0].strip(), f[1].strip(), DivisionLevel.valueOf(f[2].strip()), Texts.blankToNull(f[3]),
                    f[4].isBlank() ? null : Integer.valueOf(f[4].strip()),
                    f[5].isBlank() ? null : Double.valueOf(f[5].strip()),
                    f[6].isBlank() ? null : Double.valueOf(f[6].strip()),
                    f[7].isBlank() ? null : Integer.valueOf(f[7].strip())));
        }
        return rows;
    }
}
