package com.tuoyu.directory.disclosure;

import com.tuoyu.directory.disclosure.dto.AdminCapacityUpdate;
import com.tuoyu.directory.disclosure.dto.AdminFlag;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.platform.problem.FieldText;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DisclosureRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void classSizesAreCheckedAgainstTheNationalLimitPerAgeGroup() {
        // 乳儿班 at most 10 per class, 托小班 15, 托大班 20, 混合班 18.
        assertThat(DisclosureRules.capacityErrors(List.of(
                new AdminCapacityUpdate.Group(AgeGroup.INFANT, 20, 18, 2),
                new AdminCapacityUpdate.Group(AgeGroup.TODDLER, 45, 40, 3),
                new AdminCapacityUpdate.Group(AgeGroup.PRESCHOOL, 40, 40, 2),
                new AdminCapacityUpdate.Group(AgeGroup.MIXED, 18, 10, 1)))).isEmpty();
        List<FieldText> errors = DisclosureRules.capacityErrors(List.of(
                new AdminCapacityUpdate.Group(AgeGroup.INFANT, 11, 5, 1),
                new AdminCapacityUpdate.Group(AgeGroup.TODDLER, 46, 40, 3),
                new AdminCapacityUpdate.Group(AgeGroup.PRESCHOOL, 41, 40, 2),
                new AdminCapacityUpdate.Group(AgeGroup.MIXED, 19, 10, 1)));
        assertThat(errors).extracting(FieldText::field)
                .containsExactly("groups[0].slots", "groups[1].slots", "groups[2].slots", "groups[3].slots");
        assertThat(errors.get(0).message().en()).contains("乳儿班", "10", "at least 2 classes");
        assertThat(errors.get(0).message().zh()).contains("乳儿班", "10", "至少需要 2 个班");
    }

    @Test
    void enrolmentAboveSlotsDuplicateGroupsAndSlotsWithoutClassesAreRefused() {
        List<FieldText> errors = DisclosureRules.capacityErrors(List.of(
                new AdminCapacityUpdate.Group(AgeGroup.TODDLER, 15, 16, 1),
                new AdminCapacityUpdate.Group(AgeGroup.TODDLER, 10, 5, 1),
                new AdminCapacityUpdate.Group(AgeGroup.PRESCHOOL, 10, 5, 0)));
        assertThat(errors).extracting(FieldText::field)
                .containsExactly("groups[0].enrolled", "groups[1].ageGroup", "groups[2].classes");
        assertThat(DisclosureRules.capacityErrors(List.of(new AdminCapacityUpdate.Group(AgeGroup.PRESCHOOL, 0, 0, 0)))).isEmpty();
    }

    @Test
    void carerRatiosAreFlaggedWhenShortOfTheStandardNeverAtIt() {
        Map<AgeGroup, int[]> figures = new EnumMap<>(AgeGroup.class);
        figures.put(AgeGroup.INFANT, new int[]{9, 3});      // 1:3 exactly: meets
        figures.put(AgeGroup.TODDLER, new int[]{11, 2});    // needs 3
        figures.put(AgeGroup.PRESCHOOL, new int[]{21, 3});  // 1:7 exactly: meets
        figures.put(AgeGroup.MIXED, new int[]{6, 1});       // mixed uses 1:5: needs 2
        List<AdminFlag> flags = DisclosureRules.ratioFlags(figures);
        assertThat(flags).extracting(AdminFlag::field).containsExactly("carers[TODDLER]", "carers[MIXED]");
        assertThat(flags).allMatch(f -> f.code().equals("CARER_RATIO_BELOW_STANDARD"));
        assertThat(flags.get(0).message().en()).contains("11 children need at least 3 carers (1:5), 2 recorded");
        assertThat(flags.get(0).message().zh()).isEqualTo("托小班保育人员不足国家标准：在托 11 人至少需要 3 名保育人员（1:5），现有 2 名");
        assertThat(DisclosureRules.carersNeeded(AgeGroup.INFANT, 10)).isEqualTo(4);
        assertThat(DisclosureRules.carersNeeded(AgeGroup.PRESCHOOL, 0)).isZero();
    }

    @Test
    void cctvRetentionIsRequiredWithCctvPlausibleAndFlaggedBelowNinetyDays() {
        assertThat(DisclosureRules.cctvErrors(true, null)).extracting(FieldText::field).containsExactly("cctvRetentionDays");
        assertThat(DisclosureRules.cctvErrors(true, 0)).hasSize(1);
        assertThat(DisclosureRules.cctvErrors(true, 3651)).hasSize(1);
        assertThat(DisclosureRules.cctvErrors(false, 30)).hasSize(1);
        assertThat(DisclosureRules.cctvErrors(true, 30)).isEmpty();
        assertThat(DisclosureRules.cctvFlags(true, 30)).extracting(AdminFlag::code).containsExactly("CCTV_RETENTION_BELOW_MINIMUM");
        assertThat(DisclosureRules.cctvFlags(true, 90)).isEmpty();
    }
}
