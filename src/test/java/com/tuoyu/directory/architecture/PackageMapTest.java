package com.tuoyu.directory.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's package map names every feature package and the features each may use, as the code enforces. */
class PackageMapTest {

    /** A row of the map: | `feature` | what it owns | `a`, `b` or "none" |. */
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z]+)` \\|[^|]+\\| ([^|]+) \\|$");

    @Test
    void theReadmeMapsEveryPackageWithItsAllowedDependencies() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("\n## Packages");
        assertThat(start).as("README section '## Packages'").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        Map<String, Set<String>> mapped = new TreeMap<>();
        for (String line : readme.substring(start, end < 0 ? readme.length() : end).split("\n")) {
            Matcher m = ROW.matcher(line.strip());
            if (m.matches()) {
                mapped.put(m.group(1), Arrays.stream(m.group(2).split(","))
                        .map(s -> s.strip().replace("`", ""))
                        .filter(s -> !s.isEmpty() && !s.equals("none"))
                        .collect(Collectors.toCollection(TreeSet::new)));
            }
        }
        Map<String, Set<String>> enforced = new TreeMap<>();
        FeatureBoundariesTest.ALLOWED.forEach((feature, allowed) -> enforced.put(feature, new TreeSet<>(allowed)));
        assertThat(mapped).isEqualTo(enforced);
    }
}
