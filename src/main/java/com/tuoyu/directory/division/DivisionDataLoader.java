package com.tuoyu.directory.division;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.text.Texts;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
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
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads the reference divisions at start, idempotently: first the whole GB/T 2260 register
 * ({@code reference/gbt2260.csv}: codes, names, parents, no figures), so that a city or province is made of all its
 * counties, then the figures of {@code reference/divisions.csv} (population, children under three, centre). A
 * division missing from the database is added and an empty figure is filled, but a figure already there is kept, so
 * supervisors' own figures are never overwritten by the files. Runs before the demo data. An extra file on disk
 * ({@code nursery.reference.extra-divisions}, the benchmark's national data set) is loaded after them with the same
 * rules; it may not repeat a division of the figures file.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class DivisionDataLoader {

    static final String RESOURCE = "reference/divisions.csv";
    static final String REGISTER = "reference/gbt2260.csv";
    private static final Logger LOG = Logger.getLogger(DivisionDataLoader.class);

    /** One line of the data file. */
    public record Row(String code, String name, DivisionLevel level, String parentCode, Integer population,
                      Double centreLatitude, Double centreLongitude, Integer childrenUnderThree) {
    }

    private final ReferenceDataConfig config;

    void onStart(@Observes @Priority(1000) StartupEvent event) throws Throwable {
        long started = System.nanoTime();
        List<Row> register = readRegister();
        List<Row> rows = read();
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> upsert(register).chain(() -> upsert(rows))));
        LOG.infof("Reference divisions checked against %s (%d rows) and %s (%d rows) in %d ms", REGISTER,
                register.size(), RESOURCE, rows.size(), (System.nanoTime() - started) / 1_000_000);
        if (config.extraDivisions().isPresent()) {
            Path file = Path.of(config.extraDivisions().get());
            List<Row> extra = readExtra(file, rows);
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> upsert(extra)));
            LOG.infof("Reference divisions checked against %s (%d rows)", file, extra.size());
        }
    }

    /**
     * Adds the missing rows and fills empty figures in one statement over arrays: row by row, the ~3,200 divisions of
     * the register would cost as many round trips at every start. Foreign keys are checked at the end of the
     * statement, so the order of the rows does not matter to them. Only a row with a figure to fill is updated: at an
     * ordinary start nothing is written (an update of every row would rewrite the table each time).
     */
    private Uni<Void> upsert(List<Row> rows) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into division (code, name, level, parent_code, population, centre_latitude,
                                              centre_longitude, children_under_three)
                        select * from unnest(cast(?1 as text[]), cast(?2 as text[]), cast(?3 as text[]),
                                             cast(?4 as text[]), cast(?5 as integer[]), cast(?6 as double precision[]),
                                             cast(?7 as double precision[]), cast(?8 as integer[]))
                        on conflict (code) do update set
                            population = coalesce(division.population, excluded.population),
                            centre_latitude = coalesce(division.centre_latitude, excluded.centre_latitude),
                            centre_longitude = coalesce(division.centre_longitude, excluded.centre_longitude),
                            children_under_three = coalesce(division.children_under_three, excluded.children_under_three)
                        where (division.population is null and excluded.population is not null)
                           or (division.centre_latitude is null and excluded.centre_latitude is not null)
                           or (division.centre_longitude is null and excluded.centre_longitude is not null)
                           or (division.children_under_three is null and excluded.children_under_three is not null)
                        """)
                .setParameter(1, rows.stream().map(Row::code).toArray(String[]::new))
                .setParameter(2, rows.stream().map(Row::name).toArray(String[]::new))
                .setParameter(3, rows.stream().map(r -> r.level().name()).toArray(String[]::new))
                .setParameter(4, rows.stream().map(Row::parentCode).toArray(String[]::new))
                .setParameter(5, rows.stream().map(Row::population).toArray(Integer[]::new))
                .setParameter(6, rows.stream().map(Row::centreLatitude).toArray(Double[]::new))
                .setParameter(7, rows.stream().map(Row::centreLongitude).toArray(Double[]::new))
                .setParameter(8, rows.stream().map(Row::childrenUnderThree).toArray(Integer[]::new))
                .executeUpdate()
                .replaceWithVoid());
    }

    /** The rows of the figures file, in file order; lines starting with '#' and the header are skipped. */
    public static List<Row> read() {
        return readResource(RESOURCE);
    }

    /** The whole register (code, name, level, parent; no figures), parents first. */
    public static List<Row> readRegister() {
        return readResource(REGISTER);
    }

    private static List<Row> readResource(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
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
            String[] fields = line.split(",", -1);
            // The register has the first four fields only: its rows carry no figures.
            if (fields.length != 8 && fields.length != 4) {
                throw new IllegalStateException(source + ": expected 8 (or 4) fields in line '" + line + "'");
            }
            String[] f = Arrays.copyOf(fields, 8);
            Arrays.fill(f, fields.length, 8, "");
            rows.add(new Row(f[0].strip(), f[1].strip(), DivisionLevel.valueOf(f[2].strip()), Texts.blankToNull(f[3]),
                    f[4].isBlank() ? null : Integer.valueOf(f[4].strip()),
                    f[5].isBlank() ? null : Double.valueOf(f[5].strip()),
                    f[6].isBlank() ? null : Double.valueOf(f[6].strip()),
                    f[7].isBlank() ? null : Integer.valueOf(f[7].strip())));
        }
        return rows;
    }
}
