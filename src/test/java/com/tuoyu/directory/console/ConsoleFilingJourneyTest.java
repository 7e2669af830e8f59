package com.tuoyu.directory.console;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.tuoyu.directory.console.ConsoleFixtures.Account;
import com.tuoyu.directory.support.RegisterFiles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A filing officer's work in a real headless Chromium against the whole service: registering a nursery, dropping its
 * materials on the page, filing it and finding it in the public directory within 2 seconds; returning a filing with
 * public reasons that the filing notices then show; the disclosure forms with the rule breaches next to their fields;
 * fees with a guide-price cut; and the register import from the template to the per-cell report. Screenshots of each
 * screen go to target/console-screenshots.
 */
@QuarkusTest
class ConsoleFilingJourneyTest {

    /** 滦平县: no other test registers nurseries or sets guide prices there. */
    private static final String COUNTY = "130824";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    /** Each material kind a nursery without meals needs, with the checklist line it satisfies. */
    private static final Map<String, String> MATERIALS = materials();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
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
    void aFilingOfficerRegistersANurseryUploadsItsMaterialsFilesItAndFindsItInThePublicDirectory() {
        journey(page -> {
            Account officer = ConsoleFixtures.staff("FILING_OFFICER", "赵备案", COUNTY);
            String name = "滦平县控制台登记托育园" + marker();

            page.navigate(console.toString());
            signIn(page, officer);
            assertThat(page.locator("[data-test=nav-filings]")).isVisible();
            assertThat(page.locator("nav")).not().containsText("投诉待办");

            // Register: the county and the authority come from the officer's district.
            page.locator("[data-test=register-nursery]").click();
            field(page, "reg-name").fill(name);
            field(page, "reg-operator").fill("滦平县控制台托育服务有限公司");
            field(page, "reg-credit-code").fill("91130824MA0" + String.format("%07d", SEQUENCE.incrementAndGet()));
            field(page, "reg-address").fill("承德市滦平县控制台路" + SEQUENCE.get() + "号");
            fillNumber(page, "reg-latitude", "40.9412");
            fillNumber(page, "reg-longitude", "117.3321");
            field(page, "reg-phone").fill("0314-8581234");
            assertThat(field(page, "reg-authority")).hasValue("滦平县卫生健康委员会");
            ConsoleBrowser.screenshot(page, "11-filing-registration");
            ConsoleBrowser.assertAccessible(page, "registration");
            page.locator("[data-test=reg-submit]").click();
            assertThat(page.locator("[data-test=nursery-name]")).hasText(name);
            assertThat(page.locator("[data-test=materials-complete]")).hasText("材料不齐");
            assertThat(page.locator("[data-test=decide-FILE]")).isDisabled();
            assertThat(page.locator("[data-test=receipt-deadline]")).containsText("个工作日");
            String id = page.url().replaceAll(".*/filings/([0-9a-f-]{36}).*", "$1");

            // Materials, each dropped on the page; the fire-safety pass expires within the warning period.
            String soon = LocalDate.now(CHINA).plusDays(30).toString();
            for (Map.Entry<String, String> material : MATERIALS.entrySet()) {
                chooseOption(page, "[data-test=material-kind]", label(material.getKey()));
                if (material.getKey().equals("FIRE_SAFETY")) {
                    Locator validUntil = page.getByPlaceholder("长期有效可不填");
                    validUntil.fill(soon);
                    validUntil.press("Enter");
                }
                dropFile(page, "[data-test=material-drop]", material.getKey().toLowerCase() + ".pdf", "application/pdf", PDF);
                assertThat(page.locator("[data-test=checklist-" + material.getValue() + "]")).hasText("已齐全");
            }
            assertThat(page.locator("[data-test=materials-complete]")).hasText("材料齐全");
            Locator fireSafety = page.locator("[data-test=documents] tr").filter(new Locator.FilterOptions().setHasText("消防安全检查合格证明"));
            assertThat(fireSafety.locator("[data-test=document-expiry]")).hasText("30 天后到期（" + soon + "）");
            assertThat(fireSafety.locator("[data-test=document-expiry]")).hasClass(Pattern.compile("tone-warning"));
            Download download = page.waitForDownload(() -> page.locator("[data-test=download-FIRE_SAFETY]").click());
            assertThat(download.suggestedFilename()).endsWith(".pdf");
            assertThat(readAll(download)).startsWith(PDF);
            ConsoleBrowser.screenshot(page, "12-filing-materials");
            ConsoleBrowser.assertAccessible(page, "filing");

            // File it: the receipt with its number; the public directory has it within 2 seconds.
            String filingNumber = "130824T" + marker();
            page.locator("[data-test=decide-FILE]").click();
            field(page, "decision-filing-number").fill(filingNumber);
            page.waitForResponse(r -> r.url().endsWith("/filing/decisions") && r.status() == 200,
                    () -> page.locator("[data-test=decision-send]").click());
            long decided = System.nanoTime();
            await().pollInterval(Duration.ofMillis(100)).atMost(Duration.ofSeconds(2)).untilAsserted(() -> {
                given().get("/api/v1/nurseries/{id}", id).then().statusCode(200);
                assertThat(given().queryParam("q", name).get("/api/v1/nurseries").then().statusCode(200).extract()
                        .jsonPath().getList("items.id", String.class)).contains(id);
            });
            assertThat(Duration.ofNanos(System.nanoTime() - decided)).isLessThan(Duration.ofSeconds(2));
            assertThat(page.locator("[data-test=filing-status]")).hasText("已备案");
            assertThat(page.locator("[data-test=filing-number]")).hasText(filingNumber);
            assertThat(page.locator("[data-test=decide-REVOKE]")).isVisible();
            assertThat(page.locator("[data-test=decide-FILE]")).hasCount(0);
            assertThat(page.locator("[data-test=filing-history]")).containsText("已备案");
            ConsoleBrowser.screenshot(page, "13-filing-filed");
        });
    }

    @Test
    void aReturnedFilingShowsItsPublicReasonInTheFilingNotices() {
        journey(page -> {
            Account officer = ConsoleFixtures.staff("FILING_OFFICER", "钱备案", COUNTY);
            String token = ConsoleFixtures.tokenOf(officer);
            LocalDate today = LocalDate.now(CHINA);
            String lateName = "滦平县逾期托育园" + marker();
            String late = register(token, lateName, today.minusDays(40));
            String fresh = register(token, "滦平县新申请托育园" + marker(), today);

            page.navigate(console + "filings");
            signIn(page, officer);
            // Pending filings, overdue first, with both deadlines in working days.
            Locator rows = page.locator("[data-test=filing-table] tbody tr");
            Locator lateRow = rows.filter(new Locator.FilterOptions().setHas(page.locator("[data-test='open-filing-" + late + "']")));
            Locator freshRow = rows.filter(new Locator.FilterOptions().setHas(page.locator("[data-test='open-filing-" + fresh + "']")));
            assertThat(lateRow.locator("[data-test=overdue]")).hasText("超期");
            assertThat(lateRow.locator("[data-test=return-deadline]")).containsText("已超期");
            assertThat(freshRow.locator("[data-test=receipt-deadline]")).containsText("剩余");
            assertThat(freshRow.locator("[data-test=return-deadline]")).containsText("剩余");
            List<String> order = rows.locator("a[data-test^=open-filing-]").all().stream().map(a -> a.getAttribute("data-test")).toList();
            assertThat(order.indexOf("open-filing-" + late)).isNotNegative().isLessThan(order.indexOf("open-filing-" + fresh));
            ConsoleBrowser.screenshot(page, "10-filings-queue");
            ConsoleBrowser.assertAccessible(page, "filings");

            // Each screen loads within a second with few calls (no call per row): the queue in two, the filing page
            // in one. Timed once the screens' code is in the browser's cache, as it is after the first visit.
            List<String> calls = new CopyOnWriteArrayList<>();
            page.onRequest(request -> {
                if (request.url().contains("/api/v1/admin/")) {
                    calls.add(request.url());
                }
            });
            page.locator("[data-test='open-filing-" + late + "']").click();
            assertThat(page.locator("[data-test=nursery-name]")).hasText(lateName);
            page.locator("[data-test=nav-import]").click();
            assertThat(page.locator("[data-test=download-template]")).isVisible();
            calls.clear();
            long started = System.nanoTime();
            page.locator("[data-test=nav-filings]").click();
            assertThat(lateRow.locator("[data-test=overdue]")).isVisible();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the filings queue's load").isLessThan(Duration.ofSeconds(1));
            assertThat(calls).as("calls of the queue").hasSize(2);
            calls.clear();
            started = System.nanoTime();
            page.locator("[data-test='open-filing-" + late + "']").click();
            assertThat(page.locator("[data-test=nursery-name]")).hasText(lateName);
            assertThat(page.locator("[data-test=checklist]")).containsText("消防安全检查合格证明");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the filing page's load").isLessThan(Duration.ofSeconds(1));
            assertThat(calls).as("calls of the filing page").hasSize(1);

            // Return it with public reasons.
            String reason = "未提供消防安全检查合格证明，场地证明与实际地址不符（" + marker() + "）";
            page.locator("[data-test=decide-RETURN]").click();
            assertThat(page.getByText("理由会在“备案公示”中向社会公开")).isVisible();
            field(page, "decision-reasons").fill(reason);
            page.locator("[data-test=decision-send]").click();
            assertThat(page.locator("[data-test=filing-status]")).hasText("已退回");
            assertThat(page.locator("[data-test=public-reasons]")).containsText(reason);
            assertThat(page.locator("[data-test=filing-history]")).containsText(reason);
            assertThat(page.locator("[data-test=decide-RESUBMIT]")).isVisible();
            ConsoleBrowser.screenshot(page, "14-filing-returned");

            JsonPath notices = given().queryParam("division", COUNTY).get("/api/v1/filing-notices").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(notices.getList("items.findAll { it.nurseryName == '" + lateName + "' }.reasons", String.class))
                    .containsExactly(reason);
            assertThat(notices.getList("items.findAll { it.nurseryName == '" + lateName + "' }.decision", String.class))
                    .containsExactly("RETURNED");
        });
    }

    @Test
    void disclosureBreachesShowNextToTheirFieldsAndFeesShowTheFlagOfAGuidePriceCut() {
        journey(page -> {
            Account officer = ConsoleFixtures.staff("FILING_OFFICER", "孙备案", COUNTY);
            String token = ConsoleFixtures.tokenOf(officer);
            String id = filed(token, "滦平县公示表单托育园" + marker());

            page.navigate(console + "filings/" + id + "?tab=disclosure");
            signIn(page, officer);
            // Capacity: 40 toddler slots in 2 classes break the class size of 15.
            field(page, "capacity-TODDLER-slots").fill("40");
            field(page, "capacity-TODDLER-enrolled").fill("30");
            field(page, "capacity-TODDLER-classes").fill("2");
            field(page, "capacity-TODDLER-classes").press("Tab");
            page.locator("[data-test=save-capacity]").click();
            assertThat(page.locator("[data-test=breach-TODDLER-slots]")).containsText("每班最多 15 名幼儿");
            ConsoleBrowser.screenshot(page, "15-disclosure-class-size");
            field(page, "capacity-TODDLER-classes").fill("3");
            field(page, "capacity-TODDLER-classes").press("Tab");
            page.locator("[data-test=save-capacity]").click();
            assertThat(page.locator("[data-test=history-capacity]")).containsText("托小班：托位 40，在托 30，3 个班");

            // Staffing: 4 carers for 30 toddlers (1:5 needs 6) is accepted, with a warning that will be public.
            page.locator("[data-test=disclosure] .el-tabs__item").filter(new Locator.FilterOptions().setHasText("人员")).click();
            field(page, "carers-TODDLER").fill("4");
            field(page, "carers-TODDLER").press("Tab");
            assertThat(page.locator("[data-test=ratio-warning-TODDLER]")).containsText("公开显示");
            page.locator("[data-test=save-staffing]").click();
            assertThat(page.locator("[data-test=recorded-ratio-flag]")).containsText("托小班保育人员不足国家标准：在托 30 人至少需要 6 名保育人员");
            assertThat(page.locator("[data-test=history-staffing]")).containsText("托小班保育人员 4 名");

            // Safety: meals without a food business licence are refused, the reason next to the switch.
            page.locator("[data-test=disclosure] .el-tabs__item").filter(new Locator.FilterOptions().setHasText("安全")).click();
            page.locator("[data-test=safety-meals] .el-switch").click();
            page.locator("[data-test=save-safety]").click();
            assertThat(page.locator("[data-test=breach-mealsProvided]")).containsText("食品经营许可证");
            ConsoleBrowser.screenshot(page, "16-disclosure-safety");

            // A guide-price cut below the inclusive nursery's fee: the fee tab shows the flag and the dated history.
            String supervisor = ConsoleFixtures.tokenOf(ConsoleFixtures.staff("SUPERVISOR", "李监管", COUNTY));
            LocalDate today = LocalDate.now(CHINA);
            guidePrice(supervisor, 2000, today.minusDays(10), "年初核定");
            given().auth().oauth2(token).contentType("application/json").body(Map.of("careType", "FULL_DAY", "ageGroup", "TODDLER",
                    "amountYuan", 1800, "effectiveFrom", today.minusDays(5).toString(), "reason", "补录"))
                    .post("/api/v1/admin/nurseries/{id}/fees", id).then().statusCode(201);
            given().auth().oauth2(token).contentType("application/json")
                    .body(Map.of("inclusive", true, "source", "OFFICER_CORRECTION", "note", "认定普惠"))
                    .put("/api/v1/admin/nurseries/{id}/inclusive", id).then().statusCode(200);
            guidePrice(supervisor, 1500, today, null);
            page.navigate(console + "filings/" + id + "?tab=fees");
            assertThat(page.locator("[data-test=inclusive-mark]")).hasText("普惠");
            assertThat(page.locator("[data-test=guide-price-flag]")).containsText("收费 1800 元");
            assertThat(page.locator("[data-test=guide-price-flag]")).containsText("高于指导价 1500 元");
            assertThat(page.locator("[data-test=guide-price-table]")).containsText("2000");
            assertThat(page.locator("[data-test=guide-price-table]")).containsText("1500");
            // A new fee from today, within the guide price, clears nothing by itself but joins the dated history.
            field(page, "fee-amount").fill("1500");
            field(page, "fee-amount").press("Tab");
            page.locator("[data-test=schedule-fee]").click();
            assertThat(page.locator("[data-test=fee-table] tbody tr")).hasCount(2);
            assertThat(page.locator("[data-test=fee-table]")).containsText("已替换");
            assertThat(page.locator("[data-test=guide-price-flag]")).hasCount(0);
            ConsoleBrowser.screenshot(page, "17-fees");
        });
    }

    @Test
    void theRegisterImportChecksAFileMarksEachRefusedCellAndThenImports() {
        journey(page -> {
            Account officer = ConsoleFixtures.staff("FILING_OFFICER", "周导入", COUNTY);
            page.navigate(console + "register-import");
            signIn(page, officer);

            Download download = page.waitForDownload(() -> page.locator("[data-test=download-template]").click());
            assertThat(download.suggestedFilename()).isEqualTo("托育机构名册模板.xlsx");
            byte[] template = readAll(download);
            dropFile(page, "[data-test=import-drop]", "名册模板.xlsx", RegisterImportTypes.XLSX, template);
            page.locator("[data-test=dry-run]").click();
            assertThat(page.locator("[data-test=import-summary]")).containsText("新增 1 行");
            assertThat(page.locator("[data-test=import-summary]")).containsText("拒绝 0 行");

            String good = "冀滦平托备" + marker();
            String bad = "冀滦平托备" + marker();
            byte[] register = RegisterFiles.workbook()
                    .row("nurseries", RegisterFiles.with(RegisterFiles.nursery(good, "滦平县导入托育园" + good.substring(5), COUNTY),
                            "longitude", 117.33, "latitude", 40.94))
                    .row("nurseries", RegisterFiles.with(RegisterFiles.nursery(bad, "滦平县坏行托育园", COUNTY),
                            "longitude", "东经117度", "contact_phone", "电话待定"))
                    .xlsx();
            dropFile(page, "[data-test=import-drop]", "名册.xlsx", RegisterImportTypes.XLSX, register);
            assertThat(page.locator("[data-test=real-import]")).isDisabled();
            page.locator("[data-test=dry-run]").click();
            assertThat(page.locator("[data-test=import-summary]")).containsText("拒绝 1 行");
            assertThat(page.locator("[data-test=outcome-2]")).hasText("新增");
            assertThat(page.locator("[data-test=outcome-3]")).hasText("拒绝");
            Locator longitude = page.locator("[data-test=refused-3-longitude]");
            assertThat(longitude).containsText("经度");
            assertThat(longitude).containsText("东经117度");
            assertThat(longitude).hasClass(Pattern.compile("refused"));
            assertThat(page.locator("[data-test=refused-3-contact_phone]")).containsText("电话待定");
            assertThat(page.locator("[data-test=cells-3]")).containsText("滦平县坏行托育园");
            ConsoleBrowser.screenshot(page, "18-register-import");

            page.locator("[data-test=real-import]").click();
            assertThat(page.locator("[data-test=import-report] h2")).hasText("导入结果");
            assertThat(page.locator("[data-test=import-summary]")).containsText("新增 1 行");
            assertThat(given().auth().oauth2(ConsoleFixtures.tokenOf(officer)).queryParam("status", "FILED").queryParam("size", 100)
                    .get("/api/v1/admin/nurseries").then().statusCode(200).extract().jsonPath().getList("filingNumber", String.class))
                    .contains(good).doesNotContain(bad);
        });
    }

    // ---- steps -------------------------------------------------------------------------------------------------

    private interface Journey {
        void run(Page page);
    }

    /** Runs a journey in a fresh browser profile; on failure keeps a screenshot; fails on any script or CSP error. */
    private static void journey(Journey journey) {
        List<String> errors = new CopyOnWriteArrayList<>();
        Page page = browser.newPage(errors);
        try {
            journey.run(page);
            assertThat(errors).as("script errors and CSP refusals in the console").isEmpty();
        } catch (RuntimeException | AssertionError e) {
            try {
                ConsoleBrowser.screenshot(page, "failed-filing-journey-" + SEQUENCE.incrementAndGet());
            } catch (RuntimeException screenshotFailed) {
                // A page too busy to be photographed must not hide why the journey failed.
                e.addSuppressed(screenshotFailed);
            }
            throw e;
        } finally {
            page.context().close();
        }
    }

    private static void signIn(Page page, Account account) {
        ConsoleBrowser.signIn(page, account.username(), account.password());
        assertThat(page.locator("[data-test=who]")).isVisible();
    }

    /**
     * Drops a file on an Element Plus drag-and-drop zone as a browser does: a drop event whose DataTransfer holds it.
     */
    private static void dropFile(Page page, String zone, String name, String type, byte[] content) {
        JSHandle transfer = page.evaluateHandle("([name, type, base64]) => {"
                + " const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));"
                + " const transfer = new DataTransfer();"
                + " transfer.items.add(new File([bytes], name, { type }));"
                + " return transfer; }", List.of(name, type, Base64.getEncoder().encodeToString(content)));
        Locator dragger = page.locator(zone + " .el-upload-dragger");
        dragger.dispatchEvent("dragover", Map.of("dataTransfer", transfer));
        dragger.dispatchEvent("drop", Map.of("dataTransfer", transfer));
    }

    /** An Element Plus input's native input or textarea, whether the data-test attribute sits on it or its wrapper. */
    private static Locator field(Page page, String name) {
        return page.locator("input[data-test=" + name + "], textarea[data-test=" + name + "], [data-test=" + name + "] input, "
                + "[data-test=" + name + "] textarea").first();
    }

    private static void fillNumber(Page page, String name, String value) {
        Locator input = field(page, name);
        input.fill(value);
        input.press("Tab");
    }

    /** Element Plus selects render their options in a popup at the end of the page: open it, click the option. */
    private static void chooseOption(Page page, String select, String text) {
        page.locator(select).click();
        page.locator(".el-select-dropdown__item:visible").getByText(text, new Locator.GetByTextOptions().setExact(true))
                .first().click();
    }

    private static byte[] readAll(Download download) {
        try {
            return Files.readAllBytes(download.path());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---- data through the API ----------------------------------------------------------------------------------

    private static String marker() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + SEQUENCE.incrementAndGet();
    }

    private static Map<String, String> materials() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("BUSINESS_LICENCE", "REGISTRATION_CERTIFICATE");
        for (String kind : List.of("PREMISES_PROOF", "STAFF_QUALIFICATIONS", "STAFF_HEALTH_CERTIFICATES", "HEALTH_EVALUATION",
                "FIRE_SAFETY", "FILING_FORM", "COMMITMENT_LETTER")) {
            kinds.put(kind, kind);
        }
        return kinds;
    }

    private static String label(String kind) {
        return switch (kind) {
            case "BUSINESS_LICENCE" -> "营业执照";
            case "PREMISES_PROOF" -> "场地证明";
            case "STAFF_QUALIFICATIONS" -> "工作人员资格证书";
            case "STAFF_HEALTH_CERTIFICATES" -> "工作人员健康合格证明";
            case "HEALTH_EVALUATION" -> "托幼机构卫生评价报告";
            case "FIRE_SAFETY" -> "消防安全检查合格证明";
            case "FILING_FORM" -> "备案书";
            case "COMMITMENT_LETTER" -> "承诺书";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** A nursery without meals registered through the API, its filing received on the given day; returns its id. */
    private static String register(String token, String name, LocalDate submittedOn) {
        int n = SEQUENCE.incrementAndGet();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("name", name);
        facts.put("operatorName", "滦平县测试托育服务有限公司");
        facts.put("creditCode", "91130824MA1" + String.format("%07d", n));
        facts.put("registrationType", "ENTERPRISE");
        facts.put("operatingModel", "PRIVATE");
        facts.put("inclusive", false);
        facts.put("divisionCode", COUNTY);
        facts.put("address", "承德市滦平县测试路" + n + "号");
        facts.put("latitude", 40.94 + n * 0.0013);
        facts.put("longitude", 117.33 + n * 0.0011);
        facts.put("opensAt", "07:30:00");
        facts.put("closesAt", "18:00:00");
        facts.put("openDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
        facts.put("contactPhone", "0314-8" + String.format("%06d", n));
        facts.put("careTypes", List.of("FULL_DAY"));
        facts.put("mealsProvided", false);
        facts.put("cctvInstalled", true);
        facts.put("cctvRetentionDays", 90);
        facts.put("securityOnSite", true);
        return given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("nursery", facts, "filing", Map.of("authority", "滦平县卫生健康局", "submittedOn", submittedOn.toString())))
                .post("/api/v1/admin/nurseries").then().statusCode(201).extract().path("id");
    }

    /** A nursery registered, with every material, and FILED through the API. */
    private static String filed(String token, String name) {
        String id = register(token, name, LocalDate.now(CHINA));
        for (String kind : MATERIALS.keySet()) {
            given().auth().oauth2(token).multiPart("kind", kind).multiPart("validUntil", LocalDate.now(CHINA).plusYears(2).toString())
                    .multiPart("file", "scan.pdf", PDF, "application/pdf")
                    .post("/api/v1/admin/nurseries/{id}/filing/materials", id).then().statusCode(201);
        }
        given().auth().oauth2(token).contentType("application/json").body(Map.of("decision", "FILE", "filingNumber", "130824T" + marker()))
                .post("/api/v1/admin/nurseries/{id}/filing/decisions", id).then().statusCode(200);
        return id;
    }

    private static void guidePrice(String supervisor, int yuan, LocalDate from, String reason) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("divisionCode", COUNTY, "careType", "FULL_DAY", "ageGroup", "TODDLER",
                "amountYuan", yuan, "effectiveFrom", from.toString()));
        if (reason != null) {
            body.put("reason", reason);
        }
        given().auth().oauth2(supervisor).contentType("application/json").body(body).post("/api/v1/admin/guide-prices")
                .then().statusCode(201);
    }

    /** The workbook media type, as the template endpoint answers it. */
    private static final class RegisterImportTypes {
        static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
}
