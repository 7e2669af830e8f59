package com.tuoyu.directory.console;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.tuoyu.directory.console.ConsoleFixtures.Account;
import com.tuoyu.directory.console.ConsoleFixtures.Complaint;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor's screens in a real headless Chromium against the whole service: complaint statistics as charts
 * (checked against the API's figures through each chart's own ECharts option, not pixels), the nurseries on a map
 * with no tile server (points and clusters, and not one request leaves the service), the risk ranking changing after
 * an inspection with a penalty is recorded, the inspector roster, and a random draw with a fixed seed, verified and
 * its result recorded. Each screen must show its data within a second of the click that opens it.
 */
@QuarkusTest
class ConsoleSupervisorJourneyTest {

    /** 承德市: four demo counties far enough apart that the zoomed-out map clusters each. */
    private static final String CITY = "130800";
    private static final String COUNTY = "130821";
    private static final String OTHER_COUNTY = "130881";
    private static final long LOAD_BUDGET_MS = Long.getLong("console.supervisorLoadBudgetMs", 1000);
    /**
     * Above this load average per core (the test machines are shared: several builds at once on two cores) the
     * browser's own work is starved and the 1 s budget measures the machine, not the console: the limit is then
     * tripled, and the report says so.
     */
    private static final double OVERLOADED_PER_CORE = 2.0;
    private static ConsoleBrowser browser;

    @TestHTTPResource("/console/")
    URL console;

    @BeforeAll
    static void startBrowser() {
        browser = new ConsoleBrowser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void statisticsChartsAndTheMapShowTheApisFiguresWithoutLeavingTheService() {
        fileComplaints();
        Account supervisor = ConsoleFixtures.staff("SUPERVISOR", "赵监管", CITY);
        String token = ConsoleFixtures.tokenOf(supervisor);
        JsonPath stats = given().auth().oauth2(token).queryParam("division", CITY)
                .get("/api/v1/admin/statistics/complaints").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> ranking = given().auth().oauth2(token).queryParam("division", CITY)
                .get("/api/v1/admin/risk").then().statusCode(200).extract().jsonPath().getList("$");

        inBrowser("failed-statistics", page -> {
            List<String> requests = new CopyOnWriteArrayList<>();
            page.onRequest(request -> requests.add(request.url()));
            signIn(page, supervisor);
            assertThat(page.locator("[data-test=menu-supervision-statistics]")).hasText("投诉统计");

            timedOpen(page, "supervision-statistics", "statistics");
            assertThat(page.locator("[data-test=summary]")).containsText("共 " + stats.getLong("total") + " 件投诉");
            assertThat(seriesLengths(page, "category")).containsExactly(stats.getMap("byCategory").size());
            assertThat(seriesData(page, "category")).containsExactlyElementsOf(numbers(stats.getMap("byCategory")));
            assertThat(seriesData(page, "month")).containsExactlyElementsOf(numbers(stats.getMap("byMonth")));
            assertThat(seriesData(page, "county")).containsExactlyElementsOf(numbers(stats.getMap("byDivision")));
            assertThat(axisLabels(page, "county")).contains(stats.getString("divisions.'" + COUNTY + "'.name"));
            assertThat(seriesData(page, "overdue")).containsExactlyElementsOf(numbers(stats.getMap("overdueByDivision")));
            assertThat(seriesLengths(page, "medians")).containsExactly(stats.getMap("mediansByMonth").size(),
                    stats.getMap("mediansByMonth").size());
            assertThat(seriesData(page, "satisfaction")).containsExactlyElementsOf(numbers(stats.getMap("byRating")));
            assertThat(stats.getMap("byDivision")).as("complaints in two counties").hasSizeGreaterThanOrEqualTo(2);
            ConsoleBrowser.screenshot(page, "10-statistics");
            // The same figure as a table, and as a CSV file Excel reads as UTF-8.
            page.locator("[data-test=figure-county]").getByText("表格").click();
            assertThat(page.locator("[data-test=rows-county] tbody tr")).hasCount(stats.getMap("byDivision").size());
            var download = page.waitForDownload(() -> page.locator("[data-test=csv-county]").click());
            try {
                byte[] csv = Files.readAllBytes(download.path());
                assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
                String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
                assertThat(text).contains("区县,行政区划代码,投诉数").contains(COUNTY);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ConsoleBrowser.assertAccessible(page, "statistics");

            timedOpen(page, "supervision-map", "map");
            assertThat(page.locator("[data-test=no-tiles]")).isVisible();
            assertThat(page.locator("[data-test=map-canvas]")).hasAttribute("data-points", String.valueOf(ranking.size()));
            // Every nursery is a point or inside a cluster; zoomed out to the whole city, clusters are drawn.
            @SuppressWarnings("unchecked")
            Map<String, Object> drawn = (Map<String, Object>) page.waitForFunction("n => {"
                    + " const dots = document.querySelectorAll('.leaflet-marker-icon.risk-dot').length;"
                    + " const clusters = [...document.querySelectorAll('.leaflet-marker-icon.risk-cluster')];"
                    + " const inClusters = clusters.reduce((sum, c) => sum + Number(c.textContent), 0);"
                    + " return dots + inClusters === n ? { dots, clusters: clusters.length, inClusters } : null }",
                    ranking.size()).jsonValue();
            assertThat(((Number) drawn.get("clusters")).intValue()).as("clusters when zoomed out: %s", drawn).isPositive();
            assertThat(page.locator(".leaflet-tile")).hasCount(0);
            ConsoleBrowser.screenshot(page, "11-map");
            String origin = console.getProtocol() + "://" + console.getAuthority() + "/";
            assertThat(requests).as("requests of the console: none leaves the service").isNotEmpty()
                    .allSatisfy(url -> assertThat(url).satisfiesAnyOf(u -> assertThat(u).startsWith(origin),
                            u -> assertThat(u).startsWith("blob:"), u -> assertThat(u).startsWith("data:")));
        });
    }

    @Test
    void anInspectionWithAPenaltyMovesTheNurseryUpTheRiskRanking() {
        Account supervisor = ConsoleFixtures.staff("SUPERVISOR", "钱监管", COUNTY);
        String token = ConsoleFixtures.tokenOf(supervisor);
        List<Map<String, Object>> before = ranking(token, COUNTY);
        // The least risky nursery without a penalty: a penalty must move it up.
        Map<String, Object> target = before.stream().filter(r -> points(r, "PENALTIES") == 0)
                .reduce((a, b) -> b).orElseThrow();
        String id = (String) target.get("nurseryId");
        int rankBefore = rankOf(before, id);
        String inspectorName = given().auth().oauth2(token).queryParam("division", COUNTY).get("/api/v1/admin/inspectors")
                .then().statusCode(200).extract().path("find { it.active }.name");
        assertThat(rankBefore).as("not already first").isPositive();

        inBrowser("failed-risk", page -> {
            signIn(page, supervisor);
            timedOpen(page, "supervision-risk", "risk");
            Locator rows = page.locator("[data-test=risk-table] .el-table__body tr");
            assertThat(rows).hasCount(before.size());
            assertThat(rows.nth(rankBefore)).containsText((String) target.get("name"));
            assertThat(page.locator("[data-test=score-" + id + "]")).hasText(number(target.get("score")));
            ConsoleBrowser.screenshot(page, "12-risk-before");
            ConsoleBrowser.assertAccessible(page, "risk ranking");

            timedClick(page, "[data-test=nursery-" + id + "]", "nursery-records", 0);
            assertThat(page.locator("[data-test=nursery-name]")).containsText((String) target.get("name"));

            // An inspection (failed) by two inspectors of the county's roster, then the penalty it led to.
            page.locator("[data-test=add-inspections]").click();
            chooseOption(page, "[data-test=field-kind]", "投诉核查");
            chooseOption(page, "[data-test=field-result]", "不合格");
            field(page, "findings", "textarea").fill("晨检记录缺失，消毒台账不全");
            chooseOption(page, "[data-test=field-inspectorIds]", inspectorName);
            page.locator(".el-dialog__title:visible").click();
            save(page);
            assertThat(page.locator("[data-test=records-inspections]")).containsText("晨检记录缺失");

            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^行政处罚"))).click();
            page.locator("[data-test=add-penalties]").click();
            String decision = "承卫罚〔2026〕" + UUID.randomUUID().toString().substring(0, 4) + "号";
            field(page, "decisionNumber", "input").fill(decision);
            field(page, "authority", "input").fill("承德县卫生健康局");
            field(page, "violation", "textarea").fill("保育人员未取得健康合格证明上岗");
            field(page, "sanction", "textarea").fill("警告，罚款五千元");
            save(page);
            assertThat(page.locator("[data-test=records-penalties]")).containsText(decision);

            // A correction needs its reason.
            page.locator("[data-test=records-penalties] [data-test^=correct-]").first().click();
            field(page, "sanction", "textarea").fill("警告，罚款三千元");
            page.locator("[data-test=save-record]").click();
            assertThat(page.locator(".el-message--error")).isVisible();
            field(page, "correctionReason", "textarea").fill("决定书金额录入有误");
            save(page);
            assertThat(page.locator("[data-test=records-penalties]")).containsText("罚款三千元");
            ConsoleBrowser.screenshot(page, "13-nursery-records");
            // The toasts of the saves fade out after 3 s; the page is checked as it then stays.
            assertThat(page.locator(".el-message")).hasCount(0, new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(15_000));
            ConsoleBrowser.assertAccessible(page, "nursery records");

            Map<String, Object> now = given().auth().oauth2(token).get("/api/v1/admin/nurseries/{id}/risk", id)
                    .then().statusCode(200).extract().jsonPath().getMap("$");
            assertThat(points(now, "PENALTIES")).isEqualTo(4.0);
            assertThat(page.locator("[data-test=risk-score]")).hasText(number(now.get("score")));

            List<Map<String, Object>> after = ranking(token, COUNTY);
            int rankAfter = rankOf(after, id);
            assertThat(rankAfter).as("moved up the ranking").isLessThan(rankBefore);
            page.locator("a.back").click();
            page.locator("[data-test=risk][data-loaded=true]").waitFor();
            assertThat(rows.nth(rankAfter)).containsText((String) target.get("name"));
            assertThat(page.locator("[data-test=score-" + id + "]")).hasText(number(now.get("score")));
            assertThat(rows.nth(rankAfter).locator("[data-test=component-PENALTIES]")).hasText("4 分（1 次）");
            ConsoleBrowser.screenshot(page, "14-risk-after");
        });
    }

    @Test
    void aDrawWithAFixedSeedIsVerifiedAndItsResultRecorded() {
        Account supervisor = ConsoleFixtures.staff("SUPERVISOR", "孙监管", OTHER_COUNTY);
        String token = ConsoleFixtures.tokenOf(supervisor);
        long seed = 20_261_206L;
        String inspector = "周检查" + UUID.randomUUID().toString().substring(0, 4);

        inBrowser("failed-draw", page -> {
            signIn(page, supervisor);
            timedOpen(page, "supervision-inspectors", "inspectors");
            int rosterBefore = page.locator("[data-test=inspector-table] .el-table__body tr").count();
            page.locator("[data-test=add-inspector]").click();
            page.locator("input[data-test=inspector-name]").fill(inspector);
            page.locator("input[data-test=inspector-number]").fill("CD-" + UUID.randomUUID().toString().substring(0, 6));
            page.locator("[data-test=save-inspector]").click();
            assertThat(page.locator("[data-test=inspector-table]")).containsText(inspector);
            assertThat(page.locator("[data-test=inspector-table] .el-table__body tr")).hasCount(rosterBefore + 1);
            ConsoleBrowser.screenshot(page, "15-inspectors");
            ConsoleBrowser.assertAccessible(page, "inspectors");

            timedOpen(page, "supervision-draw", "draw");
            page.locator("[data-test=draw-count] input").fill("2");
            page.locator("[data-test=draw-count] input").press("Tab");
            page.locator("input[data-test=draw-seed]").fill(String.valueOf(seed));
            page.locator("[data-test=draw-run]").click();
            assertThat(page.locator("[data-test=draw-seed-value]")).hasText(String.valueOf(seed));
            Locator picks = page.locator("[data-test=picks] .el-table__body tr");
            assertThat(picks).hasCount(2);
            List<Map<String, Object>> candidates = ranking(token, OTHER_COUNTY);
            assertThat(page.locator("[data-test=candidates] .el-table__body tr")).hasCount(candidates.size());
            // The heaviest candidate first, weighing 1 + the county's highest risk score.
            double heaviest = Double.parseDouble(page.locator("[data-test=candidates] .el-table__body tr").first()
                    .locator("td").nth(1).innerText().trim());
            assertThat(heaviest).isCloseTo(((Number) candidates.get(0).get("score")).doubleValue() + 1,
                    org.assertj.core.data.Offset.offset(1e-6));

            // The draw the service recorded is the one shown, and it comes out the same from its seed.
            JsonPath latest = latestDraw(token);
            assertThat(latest.getLong("seed")).isEqualTo(seed);
            List<String> names = latest.getList("picks.name", String.class);
            for (int i = 0; i < names.size(); i++) {
                assertThat(picks.nth(i)).containsText(names.get(i));
            }
            page.locator("[data-test=draw-verify]").click();
            assertThat(page.locator("[data-test=verification]")).containsText("复核一致");
            ConsoleBrowser.screenshot(page, "16-draw");
            ConsoleBrowser.assertAccessible(page, "draw");

            // The first pick's random inspection, with the inspectors drawn for it.
            String first = latest.getString("picks[0].nurseryId");
            page.locator("[data-test=record-" + first + "]").click();
            chooseOption(page, "[data-test=field-result]", "合格");
            save(page);
            assertThat(picks.first()).containsText("已记录");
            JsonPath records = given().auth().oauth2(token).get("/api/v1/admin/nurseries/{id}/supervision", first)
                    .then().statusCode(200).extract().jsonPath();
            List<String> drawnInspectors = latest.getList("picks[0].inspectors.id", String.class);
            assertThat(records.getList("inspections", Map.class)).as("a random inspection by the inspectors drawn")
                    .anySatisfy(inspection -> {
                        assertThat(inspection.get("kind")).isEqualTo("RANDOM");
                        assertThat(((List<?>) inspection.get("inspectors")).stream().map(i -> String.valueOf(((Map<?, ?>) i).get("id"))))
                                .containsExactlyInAnyOrderElementsOf(drawnInspectors);
                    });
        });
    }

    // ---------- helpers

    private interface Journey {
        void run(Page page);
    }

    private static void inBrowser(String failureShot, Journey journey) {
        List<String> errors = new CopyOnWriteArrayList<>();
        Page page = browser.newPage(errors);
        try {
            journey.run(page);
            assertThat(errors).as("script errors and CSP refusals in the console").isEmpty();
        } catch (RuntimeException | AssertionError e) {
            ConsoleBrowser.screenshot(page, failureShot);
            throw e;
        } finally {
            page.context().close();
        }
    }

    private void signIn(Page page, Account account) {
        page.navigate(console.toString());
        ConsoleBrowser.signIn(page, account.username(), account.password());
        // Signed in: a supervisor lands on their first screen (the audit log), in the console's frame.
        assertThat(page.locator("[data-test=who]")).isVisible();
    }

    /**
     * Opens a screen with a click and fails when its data takes longer than the budget to show. Timed inside the
     * page (from the click event to the DOM change that shows the data: the screen marked loaded and, for the
     * statistics, its six charts drawn), so Playwright's own round trips do not count.
     */
    private static void timedClick(Page page, String clicked, String screen, int charts) {
        String loaded = "[data-test=" + screen + "][data-loaded=true]";
        page.evaluate("([loaded, charts]) => { window.__shown = new Promise(resolve => { let start = null;"
                + " const ready = () => document.querySelector(loaded) !== null && (charts === 0"
                + " || [...document.querySelectorAll('[data-test=chart]')].filter(c => c.chart).length === charts);"
                + " document.addEventListener('click', () => { start = performance.now() }, { capture: true, once: true });"
                + " const observer = new MutationObserver(() => { if (start !== null && ready()) {"
                + " observer.disconnect(); resolve(Math.round(performance.now() - start)) } });"
                + " observer.observe(document.body, { subtree: true, childList: true, attributes: true }) }) }",
                List.of(loaded, charts));
        page.locator(clicked).click();
        page.locator(loaded).waitFor();
        assertLoadedWithinBudget(screen, ((Number) page.evaluate("() => window.__shown")).longValue());
    }

    private static void timedOpen(Page page, String route, String screen) {
        timedClick(page, "[data-test=menu-" + route + "]", screen, "statistics".equals(screen) ? 6 : 0);
    }

    private static void assertLoadedWithinBudget(String screen, long ms) {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
                / Runtime.getRuntime().availableProcessors();
        boolean overloaded = load > OVERLOADED_PER_CORE;
        long limit = overloaded ? 3 * LOAD_BUDGET_MS : LOAD_BUDGET_MS;
        try {
            Files.createDirectories(ConsoleBrowser.SCREENSHOTS);
            Files.writeString(ConsoleBrowser.SCREENSHOTS.resolve("supervisor-load-times.txt"), String.format(
                    "%s %d ms (limit %d ms, load average per core %.1f)%n", screen, ms, limit, load),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(ms).as("%s: click to data shown, ms (load average per core %.1f)", screen, load).isLessThanOrEqualTo(limit);
    }

    /** What a figure's chart draws, read from its ECharts option: series lengths, first series' data, axis labels. */
    private static Object chartOption(Page page, String figure, String what) {
        return page.evaluate("([figure, what]) => { const option = document.querySelector("
                + "`[data-test=figure-${figure}] [data-test=chart]`).chart.getOption();"
                + " if (what === 'lengths') return option.series.map(s => s.data.length);"
                + " if (what === 'data') return option.series[0].data;"
                + " return option.xAxis[0].data }", List.of(figure, what));
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> seriesLengths(Page page, String figure) {
        return ((List<Object>) chartOption(page, figure, "lengths")).stream().map(n -> ((Number) n).intValue()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Long> seriesData(Page page, String figure) {
        return ((List<Object>) chartOption(page, figure, "data")).stream().map(n -> ((Number) n).longValue()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> axisLabels(Page page, String figure) {
        return (List<String>) chartOption(page, figure, "labels");
    }

    private static List<Long> numbers(Map<String, Object> counts) {
        return counts.values().stream().map(n -> ((Number) n).longValue()).toList();
    }

    private static List<Map<String, Object>> ranking(String token, String division) {
        return given().auth().oauth2(token).queryParam("division", division).get("/api/v1/admin/risk")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static int rankOf(List<Map<String, Object>> ranking, String id) {
        for (int i = 0; i < ranking.size(); i++) {
            if (id.equals(ranking.get(i).get("nurseryId"))) {
                return i;
            }
        }
        throw new AssertionError("not ranked: " + id);
    }

    @SuppressWarnings("unchecked")
    private static double points(Map<String, Object> risk, String factor) {
        return ((List<Map<String, Object>>) risk.get("components")).stream().filter(c -> factor.equals(c.get("factor")))
                .map(c -> ((Number) c.get("points")).doubleValue()).findFirst().orElseThrow();
    }

    /** A number of the JSON (read as a float) as JavaScript prints it: 4 rather than 4.0, 0.45 rather than 0.4499999. */
    private static String number(Object value) {
        return new java.math.BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
    }

    private static JsonPath latestDraw(String token) {
        String id = given().queryParam("division", OTHER_COUNTY).get("/api/v1/inspection-draws").then().statusCode(200)
                .extract().path("[0].id");
        return given().auth().oauth2(token).get("/api/v1/admin/inspection-draws/{id}", id).then().statusCode(200)
                .extract().jsonPath();
    }

    private static Locator field(Page page, String key, String element) {
        return page.locator(element + "[data-test=field-" + key + "], [data-test=field-" + key + "] " + element).first();
    }

    private static void save(Page page) {
        page.locator("[data-test=save-record]").click();
        assertThat(page.locator(".el-dialog:visible")).hasCount(0);
    }

    /** Element Plus selects render their options in a popup at the end of the page: open it, click the option. */
    private static void chooseOption(Page page, String select, String startsWith) {
        page.locator(select).click();
        page.locator(".el-select-dropdown__item:visible").filter(new Locator.FilterOptions().setHasText(startsWith)).first().click();
    }

    /** Complaints in two counties of the city: one accepted, resolved as substantiated and rated, so every chart has data. */
    private static void fileComplaints() {
        var nurseries = new ArrayList<UUID>();
        for (String county : List.of(COUNTY, OTHER_COUNTY)) {
            nurseries.add((UUID) com.tuoyu.directory.support.Database.rows("select n.id from nursery n join filing f on f.nursery_id = n.id "
                    + "where f.status = 'FILED' and n.division_code = ? order by n.id limit 1", county).get(0).get("id"));
        }
        Complaint rated = ConsoleFixtures.fileComplaint(nurseries.get(0), "HYGIENE_FOOD", "午餐分量不足，孩子回家说吃不饱。");
        ConsoleFixtures.fileComplaint(nurseries.get(0), "FEES_REFUNDS", "退托后押金一直未退还。");
        ConsoleFixtures.fileComplaint(nurseries.get(1), "SAFETY_INJURY", "孩子在园内摔倒磕破额头，园方未及时告知。");
        String handler = ConsoleFixtures.tokenOf(ConsoleFixtures.staff("HANDLER", "李处理", COUNTY));
        act(handler, rated.id(), Map.of("action", "ACCEPT", "text", "已受理"));
        act(handler, rated.id(), Map.of("action", "RESOLVE", "text", "经查属实，已责令整改", "finding", "SUBSTANTIATED"));
        given().auth().oauth2(rated.parentToken()).contentType("application/json").body(Map.of("score", 4, "comment", "处理及时"))
                .post("/api/v1/complaints/{id}/rating", rated.id()).then().statusCode(200);
    }

    private static void act(String handler, String id, Map<String, Object> action) {
        long version = given().auth().oauth2(handler).get("/api/v1/admin/complaints/{id}", id).jsonPath().getLong("version");
        Map<String, Object> body = new HashMap<>(action);
        body.put("version", version);
        given().auth().oauth2(handler).contentType("application/json").body(body)
                .post("/api/v1/admin/complaints/{id}/actions", id).then().statusCode(200);
    }
}
