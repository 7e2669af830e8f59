package com.tuoyu.directory.nursery;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class MaterialChecklistTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Map<MaterialRequirement, MaterialChecklist.Line> lines(List<MaterialChecklist.Document> documents, boolean meals) {
        return MaterialChecklist.evaluate(documents, meals, TODAY).stream()
                .collect(Collectors.toMap(MaterialChecklist.Line::requirement, l -> l));
    }

    @Test
    void nothingFiledMeansEveryApplicableRequirementIsMissing() {
        assertThat(lines(List.of(), true)).hasSize(9).allSatisfy((r, l) -> assertThat(l.state()).isEqualTo(MaterialChecklist.State.MISSING));
        assertThat(lines(List.of(), false)).hasSize(8).doesNotContainKey(MaterialRequirement.FOOD_BUSINESS_LICENCE);
    }

    @Test
    void aDocumentValidThroughTodayCountsAndOneValidUntilYesterdayHasExpired() {
        var result = lines(List.of(
                new MaterialChecklist.Document(MaterialKind.FIRE_SAFETY, TODAY),
                new MaterialChecklist.Document(MaterialKind.HEALTH_EVALUATION, TODAY.minusDays(1)),
                new MaterialChecklist.Document(MaterialKind.HEALTH_EVALUATION, TODAY.minusYears(1))), false);
        assertThat(result.get(MaterialRequirement.FIRE_SAFETY).state()).isEqualTo(MaterialChecklist.State.PRESENT);
        assertThat(result.get(MaterialRequirement.FIRE_SAFETY).validUntil()).isEqualTo(TODAY);
        assertThat(result.get(MaterialRequirement.HEALTH_EVALUATION).state()).isEqualTo(MaterialChecklist.State.EXPIRED);
        assertThat(result.get(MaterialRequirement.HEALTH_EVALUATION).validUntil()).isEqualTo(TODAY.minusDays(1));
    }

    @Test
    void oneValidDocumentAmongExpiredOnesSatisfiesTheRequirementAndOpenEndedOnesNeverExpire() {
        var result = lines(List.of(
                new MaterialChecklist.Document(MaterialKind.PREMISES_PROOF, TODAY.minusDays(10)),
                new MaterialChecklist.Document(MaterialKind.PREMISES_PROOF, TODAY.plusYears(3)),
                new MaterialChecklist.Document(MaterialKind.LEGAL_PERSON_CERTIFICATE, null)), false);
        assertThat(result.get(MaterialRequirement.PREMISES_PROOF).state()).isEqualTo(MaterialChecklist.State.PRESENT);
        assertThat(result.get(MaterialRequirement.PREMISES_PROOF).validUntil()).isEqualTo(TODAY.plusYears(3));
        assertThat(result.get(MaterialRequirement.REGISTRATION_CERTIFICATE).state()).isEqualTo(MaterialChecklist.State.PRESENT);
        assertThat(result.get(MaterialRequirement.REGISTRATION_CERTIFICATE).validUntil()).isNull();
    }

    @Test
    void theChecklistIsCompleteOnlyWithEveryRequirementPresent() {
        List<MaterialChecklist.Document> all = java.util.Arrays.stream(MaterialKind.values())
                .map(k -> new MaterialChecklist.Document(k, TODAY.plusDays(1))).toList();
        assertThat(MaterialChecklist.complete(MaterialChecklist.evaluate(all, true, TODAY))).isTrue();
        assertThat(MaterialChecklist.complete(MaterialChecklist.evaluate(all.subList(1, all.size()), true, TODAY)))
                .as("a legal-person certificate alone still proves the registration").isTrue();
        assertThat(MaterialChecklist.complete(MaterialChecklist.evaluate(all.subList(0, all.size() - 1), true, TODAY)))
                .as("no food business licence while meals are served").isFalse();
        assertThat(MaterialChecklist.complete(MaterialChecklist.evaluate(all.subList(0, all.size() - 1), false, TODAY))).isTrue();
    }
}
