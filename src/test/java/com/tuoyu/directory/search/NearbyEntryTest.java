package com.tuoyu.directory.search;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nursery.OperatingModel;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class NearbyEntryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readingAHitStraightIntoAnEntryEqualsBindingTheDocumentFirst() throws Exception {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 2_000; i++) {
            NurseryDocument document = randomDocument(random, i);
            String source = JSON.writeValueAsString(document);
            NearbyEntry bound = NearbyEntry.of(JSON.readValue(source, NurseryDocument.class));
            NearbyEntry read;
            try (JsonParser parser = JSON.getFactory().createParser(source)) {
                parser.nextToken();
                read = NearbyEntry.read(parser);
            }
            assertThat(read).usingRecursiveComparison().as(source).isEqualTo(bound);
        }
    }

    @Test
    void feesAreLookedUpByCareTypeAndBand() {
        NearbyEntry entry = NearbyEntry.of(document(Map.of("FULL_DAY_ANY", 1800, "FULL_DAY_M12_18", 2100, "HOURLY_ANY", 30),
                List.of("M12_18", "ANY")));
        assertThat(entry.fee(CareType.FULL_DAY, "ANY")).isEqualTo(1800);
        assertThat(entry.fee(CareType.FULL_DAY, "M12_18")).isEqualTo(2100);
        assertThat(entry.fee(CareType.FULL_DAY, "M24_36")).isEqualTo(NearbyEntry.NO_FEE);
        assertThat(entry.fee(CareType.HOURLY, "ANY")).isEqualTo(30);
        assertThat(entry.fee(CareType.HALF_DAY, "ANY")).isEqualTo(NearbyEntry.NO_FEE);
        assertThat(entry.hasVacancyIn("M12_18")).isTrue();
        assertThat(entry.hasVacancyIn("M6_12")).isFalse();
    }

    private static NurseryDocument document(Map<String, Integer> fees, List<String> vacancyBands) {
        return new NurseryDocument("n-1", true, 3, "阳光托育中心", "阳光公司", "人民路1号", "360102", List.of("360000", "360100", "360102"),
                Map.of("lat", 28.68, "lon", 115.89), "ENTERPRISE", "PRIVATE", true, List.of("FULL_DAY", "HOURLY"),
                List.of("TODDLER"), List.of("M12_18"), true, List.of("MON"), 450, 1080, fees, vacancyBands, "2026-11-30",
                "GOOD", 2, "2025-03-01", 60, null, 1L);
    }

    private static NurseryDocument randomDocument(SplittableRandom random, int i) {
        Map<String, Integer> fees = new LinkedHashMap<>();
        for (CareType care : CareType.values()) {
            for (String band : List.of("ANY", "M6_12", "M12_18", "M18_24", "M24_36")) {
                if (random.nextInt(3) == 0) {
                    fees.put(NurseryDocument.feeKey(care.name(), band), random.nextInt(5_000));
                }
            }
        }
        List<String> care = new ArrayList<>();
        for (CareType type : CareType.values()) {
            if (random.nextBoolean()) {
                care.add(type.name());
            }
        }
        List<String> groups = new ArrayList<>();
        for (AgeGroup group : AgeGroup.values()) {
            if (random.nextBoolean()) {
                groups.add(group.name());
            }
        }
        List<String> vacancies = new ArrayList<>();
        for (String band : List.of("ANY", "M6_12", "M12_18", "M18_24", "M24_36")) {
            if (random.nextInt(4) == 0) {
                vacancies.add(band);
            }
        }
        OperatingModel[] models = OperatingModel.values();
        LocalDate day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1_000));
        boolean sparse = i % 7 == 0;
        return new NurseryDocument("id-" + i, true, i, "托育" + i, sparse ? null : "举办者" + i, "地址" + i,
                sparse ? null : String.valueOf(360100 + random.nextInt(20)), List.of("360000"),
                Map.of("lat", 20 + random.nextDouble() * 30, "lon", 100 + random.nextDouble() * 20), "ENTERPRISE",
                sparse ? null : models[random.nextInt(models.length)].name(), sparse ? null : random.nextBoolean(),
                care, groups, List.of(), sparse ? null : random.nextBoolean(), List.of("MON", "TUE"), 450, 1080,
                sparse ? null : fees, sparse ? null : vacancies, sparse ? null : day.toString(),
                sparse ? null : "GOOD", 2, sparse ? null : day.minusDays(300).toString(), 80, "0791-1234567",
                sparse ? null : 1_700_000_000_000L + i);
    }
}
