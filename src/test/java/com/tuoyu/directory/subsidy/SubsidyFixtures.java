package com.tuoyu.directory.subsidy;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.restassured.specification.RequestSpecification;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Subsidies recorded through the admin API, and the test's own reading of which subsidy rows reach a nursery: the
 * oracle the estimates are checked against, written from the rule (division and those above it, dates, inclusive,
 * parent's choice, age, care type) independently of the service's code.
 */
public final class SubsidyFixtures {

    private SubsidyFixtures() {
    }

    public static RequestSpecification supervisor(String... divisions) {
        return given().auth().oauth2(Tokens.staff("SUPERVISOR", "subsidy-supervisor", divisions)).contentType("application/json");
    }

    public static Map<String, Object> entry(String division, String name, int amount, String period, LocalDate from, LocalDate to) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("divisionCode", division);
        body.put("name", name);
        body.put("nameEn", name + " (en)");
        body.put("source", "测试文件《" + name + "》");
        body.put("amountYuan", amount);
        body.put("period", period);
        body.put("minAgeMonths", 0);
        body.put("maxAgeMonths", 36);
        body.put("validFrom", from.toString());
        if (to != null) {
            body.put("validTo", to.toString());
        }
        return body;
    }

    /** Records a subsidy as a supervisor of the given scope and answers its id. */
    public static String create(Map<String, Object> entry, String... scope) {
        return supervisor(scope).body(entry).post("/api/v1/admin/subsidies").then().statusCode(201).extract().path("id");
    }

    public static void delete(String id, String... scope) {
        supervisor(scope).delete("/api/v1/admin/subsidies/" + id).then().statusCode(204);
    }

    /** A subsidy row as the test reads it from PostgreSQL. */
    public record Row(UUID id, String division, int amount, String period, Integer minAge, Integer maxAge, String careTypes,
                      boolean inclusiveOnly, String choice, LocalDate from, LocalDate to) {

        public int monthly() {
            return period.equals("YEAR") ? (int) Math.round(amount / 12.0) : amount;
        }
    }

    /** Every subsidy row that reaches a nursery in the division on the day (division, dates and inclusive mark only). */
    public static List<Row> reaching(String nurseryDivision, boolean inclusive, LocalDate day) {
        List<Row> rows = new ArrayList<>();
        for (Map<String, Object> r : Database.rows("select * from subsidy where division_code in (?, ?, ?, ?) "
                        + "and valid_from <= ? and (valid_to is null or valid_to >= ?)",
                "100000", nurseryDivision.substring(0, 2) + "0000", nurseryDivision.substring(0, 4) + "00", nurseryDivision,
                Date.valueOf(day), Date.valueOf(day))) {
            Row row = new Row((UUID) r.get("id"), (String) r.get("division_code"), (Integer) r.get("amount_yuan"),
                    (String) r.get("period"), (Integer) r.get("min_age_months"), (Integer) r.get("max_age_months"),
                    (String) r.get("care_types"), (Boolean) r.get("inclusive_only"), (String) r.get("parent_choice"),
                    ((Date) r.get("valid_from")).toLocalDate(),
                    r.get("valid_to") == null ? null : ((Date) r.get("valid_to")).toLocalDate());
            if (!row.inclusiveOnly() || inclusive) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Monthly yuan counted for a child of the age in the care type, with or without the employer allowance. */
    public static int countedMonthly(List<Row> reaching, int ageMonths, String careType, boolean employerAllowance) {
        return reaching.stream()
                .filter(r -> r.choice() == null || (employerAllowance && r.choice().equals("EMPLOYER_ALLOWANCE")))
                .filter(r -> (r.minAge() == null || ageMonths >= r.minAge()) && (r.maxAge() == null || ageMonths < r.maxAge()))
                .filter(r -> r.careTypes() == null || r.careTypes().isBlank() || List.of(r.careTypes().split(",")).contains(careType))
                .mapToInt(Row::monthly).sum();
    }
}
