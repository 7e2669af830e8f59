package com.tuoyu.directory.console;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.tuoyu.directory.console.ConsoleFixtures.Account;
import com.tuoyu.directory.console.ConsoleFixtures.Complaint;
import com.tuoyu.directory.console.ConsoleFixtures.Nursery;
import com.tuoyu.directory.identity.IdentityTestResource;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervisors' and administrators' screens of the console (issue #16, part 2) in a real headless Chromium against
 * the whole service: a supervisor reads a handler's reveal in the audit log, loads the next year's holiday arrangement
 * from a file and sees a complaint's deadline move past the new holiday, and edits a reply template the handlers then
 * get; an administrator creates an account, disables it (that person's next session refresh fails), rebuilds the search
 * index and drops its cache, and sees each result. Each screen is saved to target/console-screenshots.
 */
@QuarkusTest
@TestProfile(ShortAccessTokens.class)
class ConsoleAdminJourneyTest {

    /** A made-up 2037 (no other test loads it): New Year and National Day, each with a make-up working day. */
    private static final String ARRANGEMENT_2037 = """
            {"year": 2037, "source": "测试用安排（非官方）2037",
             "holidays": [{"name": "元旦", "from": "2037-01-01", "to": "2037-01-03"},
                          {"name": "国庆节", "from": "2037-10-01", "to": "2037-10-07"}],
             "makeUpWorkingDays": [{"name": "元旦", "date": "2037-01-04"}, {"name": "国庆节", "date": "2037-10-10"}]}
            """;

    private static ConsoleBrowser browser;

    @TestHTTPResource("/console/")
    URL console;

    @BeforeAll
    static void startBrowser() {
        browser = new ConsoleBrowser();
        // The machine is shared: allow a loaded one time, the assertions still wait for the same outcome.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @AfterAll
    static void stopBrowser() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
        browser.close();
    }

    @Test
    void aSupervisorReadsARevealInTheAuditLogAndLoadsTheHolidaysThatMoveADeadline() throws Exception {
        inBrowser("failed-supervisor-calendar", this::supervisorJourney);
    }

    @Test
    void aSupervisorEditsAReplyTemplateTheHandlersThenGet() {
        inBrowser("failed-supervisor-templates", (page, errors) -> {
            Nursery nursery = ConsoleFixtures.nurseryWithAnInspection();
            Account supervisor = staff("SUPERVISOR", "孙监管", nursery.county());
            String title = "费用说明-" + UUID.randomUUID().toString().substring(0, 6);
            page.navigate(console.toString());
            signIn(page, supervisor);
            page.locator("[data-test=menu-reply-templates]").click();
            assertThat(page.locator("[data-test=templates-table]")).containsText("受理告知");

            page.locator("[data-test=template-new]").click();
            chooseOption(page, "[data-test=template-category]", "收费与退费");
            page.locator("input[data-test=template-title-input], [data-test=template-title-input] input").fill(title);
            page.locator("textarea[data-test=template-text-input], [data-test=template-text-input] textarea").fill("您好，关于退费问题，我们已约谈机构负责人。");
            page.locator("[data-test=template-save]").click();
            assertThat(page.locator("[data-test=template-result]")).containsText("已新增模板");

            page.locator("[data-test='template-edit-" + title + "']").click();
            page.locator("textarea[data-test=template-text-input], [data-test=template-text-input] textarea")
                    .fill("您好，关于退费问题，我们已约谈机构负责人，机构承诺七日内退还押金。");
            page.locator("[data-test=template-save]").click();
            assertThat(page.locator("[data-test=template-result]")).containsText("已保存模板“" + title + "”");
            Locator row = page.locator("[data-test=templates-table] tr").filter(new Locator.FilterOptions().setHasText(title));
            assertThat(row).containsText("机构承诺七日内退还押金");
            assertThat(row).containsText("收费与退费");
            ConsoleBrowser.screenshot(page, "admin-04-reply-templates");
            ConsoleBrowser.assertAccessible(page, "reply templates");

            // What a handler now gets for a fees complaint.
            Account handler = staff("HANDLER", "周处理", nursery.county());
            List<String> texts = given().auth().oauth2(Tokens.staff("HANDLER", handler.id(), nursery.county())).queryParam("category", "FEES_REFUNDS")
                    .get("/api/v1/admin/reply-templates").then().statusCode(200).extract().jsonPath().getList("text");
            assertThat(texts).contains("您好，关于退费问题，我们已约谈机构负责人，机构承诺七日内退还押金。");
            assertThat(errors).as("script errors and CSP refusals in the console").isEmpty();
        });
    }

    @Test
    void anAdministratorCreatesAndDisablesAnAccountWhoseNextRefreshFailsAndRebuildsTheIndex() {
        List<String> errors = new CopyOnWriteArrayList<>();
        Page admin = patient(browser.newPage(errors));
        Page staff = patient(browser.newPage(new CopyOnWriteArrayList<>()));
        try {
            String county = ConsoleFixtures.QUIET_COUNTIES.get(1);
            admin.navigate(console.toString());
            signIn(admin, new Account(null, IdentityTestResource.BOOTSTRAP_USERNAME, IdentityTestResource.BOOTSTRAP_PASSWORD));
            // An administrator lands on the accounts and is offered only the screens of the role.
            assertThat(admin.locator("[data-test=accounts-table]")).isVisible();
            assertThat(admin.locator("[data-test=menu-search-index]")).isVisible();
            assertThat(admin.locator("[data-test=menu-audit]")).hasCount(0);
            assertThat(admin.locator("[data-test=menu-reply-templates]")).hasCount(0);

            // Create an account through the form; its owner signs in elsewhere.
            String username = "qian-" + UUID.randomUUID().toString().substring(0, 6);
            String password = "Qian-" + UUID.randomUUID();
            admin.locator("[data-test=account-new]").click();
            admin.locator("input[data-test=new-username], [data-test=new-username] input").fill(username);
            admin.locator("input[data-test=new-name], [data-test=new-name] input").fill("钱停用");
            admin.locator("input[data-test=new-password], [data-test=new-password] input").fill(password);
            admin.locator("[data-test=new-roles]").getByText("投诉处理人员").click();
            admin.locator("input[data-test=new-divisions], [data-test=new-divisions] input").fill(county);
            admin.locator("[data-test=new-save]").click();
            assertThat(admin.locator("[data-test=account-result]")).containsText("已创建账号 " + username);
            assertThat(admin.locator("[data-test=account-state-" + username + "]")).containsText("正常");

            List<Response> staffAnswers = new CopyOnWriteArrayList<>();
            staff.onResponse(staffAnswers::add);
            staff.navigate(console.toString());
            signIn(staff, new Account(null, username, password));
            assertThat(staff.locator("[data-test=queue-table]")).isVisible();

            admin.locator("[data-test=account-toggle-" + username + "]").click();
            assertThat(admin.locator("[data-test=account-result]")).containsText("已停用 钱停用");
            assertThat(admin.locator("[data-test=account-state-" + username + "]")).containsText("已停用");
            ConsoleBrowser.screenshot(admin, "admin-05-staff-accounts");
            ConsoleBrowser.assertAccessible(admin, "staff accounts");

            // The disabled person's access token runs out: the console's refresh is refused and they are signed out.
            staffAnswers.clear();
            staff.waitForTimeout((ShortAccessTokens.LIFETIME_SECONDS + 3) * 1000.0);
            // Their next action that needs the API (another tab of the queue); the brand link would lead to the queue
            // already shown, which fetches nothing.
            staff.locator("[data-test=status-tabs]").getByRole(AriaRole.TAB).nth(1).click();
            assertThat(staff.locator("[data-test=notice]")).containsText("登录已过期，请重新登录");
            assertThat(staffAnswers.stream().filter(r -> r.url().endsWith("/session/refresh")).map(Response::status))
                    .isNotEmpty().allMatch(status -> status == 401);
            staff.locator("#username").fill(username);
            staff.locator("#password").fill(password);
            staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
            assertThat(staff.locator("#username")).isVisible();
            assertThat(staff.locator("[data-test=queue-table]")).hasCount(0);

            // The search index: rebuild, then drop the cache; each shows what it did.
            admin.locator("[data-test=menu-search-index]").click();
            admin.locator("[data-test=search-rebuild]").click();
            assertThat(admin.locator("[data-test=search-report]")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
                    .IsVisibleOptions().setTimeout(60_000));
            assertThat(admin.locator("[data-test=search-index]")).containsText("nurseries-");
            long listed = Long.parseLong(admin.locator("[data-test=search-nurseries]").innerText().strip());
            assertThat(listed).isGreaterThan(0);
            admin.locator("[data-test=search-drop-cache]").click();
            assertThat(admin.locator("[data-test=search-cache-result]")).containsText("缓存已于");
            ConsoleBrowser.screenshot(admin, "admin-06-search-index");
            ConsoleBrowser.assertAccessible(admin, "search index");
            assertThat(errors).as("script errors and CSP refusals in the console").isEmpty();
        } catch (RuntimeException | AssertionError e) {
            ConsoleBrowser.screenshot(admin, "failed-admin");
            ConsoleBrowser.screenshot(staff, "failed-admin-staff");
            throw e;
        } finally {
            admin.context().close();
            staff.context().close();
        }
    }

    private void supervisorJourney(Page page, List<String> errors) throws Exception {
        Nursery nursery = ConsoleFixtures.nurseryWithAnInspection();
        Account handler = staff("HANDLER", "王处理", nursery.county());
        Account supervisor = staff("SUPERVISOR", "赵监管", nursery.county());
        Complaint complaint = ConsoleFixtures.fileComplaint(nursery.id(), "HYGIENE_FOOD", "午餐米饭夹生，孩子连续两天回家喊饿。");
        given().auth().oauth2(Tokens.staff("HANDLER", handler.id(), nursery.county())).contentType("application/json")
                .body(Map.of("reasonCode", "VERIFY_FACTS", "reason", "电话联系家长核实用餐情况"))
                .post("/api/v1/admin/complaints/{id}/contact-reveal", complaint.id()).then().statusCode(200);
        receivedBeforeTheArrangementOf2037(complaint);

        page.navigate(console.toString());
        signIn(page, supervisor);
        // A supervisor lands on the audit log, with the menu of the role and not the administrator's.
        assertThat(page.locator("[data-test=audit-table]")).isVisible();
        assertThat(page.locator("[data-test=menu-calendar]")).isVisible();
        assertThat(page.locator("[data-test=menu-reply-templates]")).isVisible();
        assertThat(page.locator("[data-test=menu-staff-accounts]")).hasCount(0);

        page.locator("input[data-test=audit-complaint], [data-test=audit-complaint] input").fill(complaint.trackingNumber());
        page.locator("[data-test=audit-search]").click();
        Locator reveal = page.locator("[data-test=audit-table] tr").filter(new Locator.FilterOptions().setHasText("查看投诉人联系电话"));
        assertThat(reveal).hasCount(1);
        assertThat(reveal).containsText("王处理");
        assertThat(reveal).containsText("投诉处理人员");
        assertThat(reveal).containsText("电话联系家长核实用餐情况");
        assertThat(reveal).containsText(complaint.trackingNumber());
        assertThat(page.locator("[data-test=audit-table]")).not().containsText("13812345678");
        assertThat(reveal).containsText("电话核实事发经过");
        // The log's SM3 hash chain, verified from the same screen.
        page.locator("[data-test=audit-verify]").click();
        assertThat(page.locator("[data-test=audit-verify-result]")).containsText("日志完整");
        ConsoleBrowser.screenshot(page, "admin-01-audit-log");
        ConsoleBrowser.assertAccessible(page, "audit log");

        // The complaint's deadline counts over National Day 2037 as if it were working days: provisional.
        page.navigate(console + "complaints/" + complaint.id());
        assertThat(page.locator("[data-test=due-at]")).containsText("2037-10-05 24:00");
        assertThat(page.locator("[data-test=due-at]")).containsText("暂定");

        page.locator("[data-test=menu-calendar]").click();
        page.locator("input[data-test=calendar-year], [data-test=calendar-year] input").fill("2037");
        page.locator("[data-test=calendar-show]").click();
        assertThat(page.locator("[data-test=calendar-origin]")).containsText("未发布");
        Path file = Files.createTempFile("holidays-2037", ".json");
        try {
            Files.writeString(file, ARRANGEMENT_2037);
            page.locator("[data-test=calendar-file]").setInputFiles(file);
        } finally {
            Files.deleteIfExists(file);
        }
        assertThat(page.locator("input[data-test=calendar-source], [data-test=calendar-source] input")).hasValue("测试用安排（非官方）2037");
        page.locator("[data-test=calendar-preview]").click();
        Locator changes = page.locator("[data-test=calendar-changes-table] tbody tr");
        assertThat(changes).hasCount(12);
        assertThat(changes.filter(new Locator.FilterOptions().setHasText("2037-10-10"))).containsText("调休上班");
        assertThat(changes.filter(new Locator.FilterOptions().setHasText("2037-10-05"))).containsText("节假日");
        ConsoleBrowser.screenshot(page, "admin-02-holiday-preview");
        page.locator("[data-test=calendar-load]").click();
        assertThat(page.locator("[data-test=calendar-loaded]")).containsText("2037 年节假日安排已载入");
        assertThat(page.locator("[data-test=calendar-origin]")).containsText("已载入");
        ConsoleBrowser.screenshot(page, "admin-03-holiday-loaded");
        ConsoleBrowser.assertAccessible(page, "holiday arrangement");

        // The same complaint now: five working days from Monday 28 September skip 1-7 October and count Saturday 10.
        page.navigate(console + "complaints/" + complaint.id());
        assertThat(page.locator("[data-test=due-at]")).containsText("2037-10-10 24:00");
        assertThat(page.locator("[data-test=due-at]")).not().containsText("暂定");
        assertThat(errors).as("script errors and CSP refusals in the console").isEmpty();
    }

    /** As if received on Monday 28 September 2037, before that year's arrangement was published. */
    private static void receivedBeforeTheArrangementOf2037(Complaint complaint) {
        var config = ConfigProvider.getConfig();
        try (var connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
             var statement = connection.prepareStatement("update complaint set submitted_at = '2037-09-28T10:00:00+08', "
                     + "accept_due_at = '2037-10-06T00:00:00+08', due_at = '2037-10-06T00:00:00+08', "
                     + "resolve_due_at = '2037-10-20T00:00:00+08', deadlines_provisional = true where id = cast(? as uuid)")) {
            statement.setString(1, complaint.id());
            assertThat(statement.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Journey {
        void run(Page page, List<String> errors) throws Exception;
    }

    private void inBrowser(String failureShot, Journey journey) {
        List<String> errors = new CopyOnWriteArrayList<>();
        Page page = patient(browser.newPage(errors));
        try {
            journey.run(page, errors);
        } catch (RuntimeException | AssertionError e) {
            ConsoleBrowser.screenshot(page, failureShot);
            throw e;
        } catch (Exception e) {
            ConsoleBrowser.screenshot(page, failureShot);
            throw new IllegalStateException(e);
        } finally {
            page.context().close();
        }
    }

    /**
     * A staff account made with a test-signed ADMIN token: ConsoleFixtures signs the bootstrap admin in, whose token
     * lives 10 s under this profile, too short on a loaded machine for the call that follows.
     */
    private static Account staff(String role, String displayName, String county) {
        String username = "console-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Console-" + UUID.randomUUID();
        String id = given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body(Map.of("username", username, "password", password, "displayName", displayName,
                        "roles", List.of(role), "divisions", List.of(county)))
                .post("/api/v1/admin/accounts").then().statusCode(201).extract().path("id");
        return new Account(id, username, password);
    }

    private static Page patient(Page page) {
        page.setDefaultNavigationTimeout(60_000);
        page.setDefaultTimeout(30_000);
        return page;
    }

    private static void signIn(Page page, Account account) {
        ConsoleBrowser.signIn(page, account.username(), account.password());
        assertThat(page.locator("[data-test=who]")).isVisible();
    }

    /** Element Plus selects render their options in a popup at the end of the page: open it, click the option. */
    private static void chooseOption(Page page, String select, String startsWith) {
        page.locator(select).click();
        page.locator(".el-select-dropdown__item:visible").filter(new Locator.FilterOptions().setHasText(startsWith)).first().click();
    }
}
