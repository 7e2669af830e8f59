package com.tuoyu.directory.division;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled GB/T 2260 register (reference/gbt2260.csv) and the figures file that must agree with it. */
class GbT2260RegisterTest {

    static final List<DivisionDataLoader.Row> REGISTER = DivisionDataLoader.readRegister();

    private static Map<String, DivisionDataLoader.Row> byCode() {
        Map<String, DivisionDataLoader.Row> byCode = new HashMap<>();
        REGISTER.forEach(r -> byCode.put(r.code(), r));
        return byCode;
    }

    @Test
    void everyCountyHasTheChainProvinceCityCountyWithParentsFirst() {
        Map<String, DivisionDataLoader.Row> seen = new HashMap<>();
        for (DivisionDataLoader.Row row : REGISTER) {
            assertThat(row.code()).matches("[0-9]{6}");
            assertThat(seen).as("%s is unique", row.code()).doesNotContainKey(row.code());
            assertThat(row.population()).as(row.code()).isNull();
            assertThat(row.centreLatitude()).as(row.code()).isNull();
            if (row.level() == DivisionLevel.PROVINCE) {
                assertThat(row.parentCode()).as(row.code()).isNull();
                assertThat(row.code()).endsWith("0000");
            } else {
                DivisionDataLoader.Row parent = seen.get(row.parentCode());
                assertThat(parent).as("parent of %s comes first", row.code()).isNotNull();
                assertThat(parent.level().ordinal()).as(row.code()).isEqualTo(row.level().ordinal() - 1);
                // The code prefix of the parent finds the child: what the statistics add up by.
                int prefix = row.level() == DivisionLevel.CITY ? 2 : 4;
                assertThat(row.code()).as(row.code()).startsWith(parent.code().substring(0, prefix));
                if (row.level() == DivisionLevel.CITY) {
                    assertThat(row.code()).as(row.code()).endsWith("00").doesNotEndWith("0000");
                } else {
                    assertThat(row.code()).as(row.code()).doesNotEndWith("00");
                }
            }
            seen.put(row.code(), row);
        }
        assertThat(REGISTER.stream().filter(r -> r.level() == DivisionLevel.PROVINCE).count()).isEqualTo(31);
        assertThat(REGISTER.stream().filter(r -> r.level() == DivisionLevel.COUNTY).count()).isBetween(2_800L, 2_900L);
    }

    @Test
    void municipalitiesAndCountiesDirectlyUnderAProvinceHaveACityLevel() {
        Map<String, DivisionDataLoader.Row> byCode = byCode();
        assertThat(byCode.get("110105").parentCode()).isEqualTo("110100");
        assertThat(byCode.get("110100").name()).isEqualTo("北京市");
        assertThat(byCode.get("500229").parentCode()).isEqualTo("500200");
        assertThat(byCode.get("429004").parentCode()).isEqualTo("429000");
        assertThat(byCode.get("429000").parentCode()).isEqualTo("420000");
        assertThat(byCode.get("360124").name()).isEqualTo("进贤县");
        // Statistical units of the NBS without a GB/T 2260 code are left out; 东莞 is a city without counties.
        assertThat(byCode).doesNotContainKeys("130171", "232761", "620201", "632857");
        assertThat(byCode.get("441900").level()).isEqualTo(DivisionLevel.CITY);
    }

    @Test
    void everyDivisionOfTheFiguresFileIsInTheRegisterAsTheRegisterSaysIt() {
        Map<String, DivisionDataLoader.Row> byCode = byCode();
        Set<String> codes = new HashSet<>();
        for (DivisionDataLoader.Row row : DivisionDataLoader.read()) {
            DivisionDataLoader.Row registered = byCode.get(row.code());
            assertThat(registered).as("%s %s is in the register", row.code(), row.name()).isNotNull();
            assertThat(row.name()).as(row.code()).isEqualTo(registered.name());
            assertThat(row.level()).as(row.code()).isEqualTo(registered.level());
            assertThat(row.parentCode()).as(row.code()).isEqualTo(registered.parentCode());
            assertThat(codes.add(row.code())).as(row.code()).isTrue();
        }
    }
}
