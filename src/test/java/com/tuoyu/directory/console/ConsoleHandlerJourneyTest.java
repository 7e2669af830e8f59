package com.tuoyu.directory.console;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.tuoyu.directory.console.ConsoleFixtures.Account;
import com.tuoyu.directory.console.ConsoleFixtures.Complaint;
import com.tuoyu.directory.console.ConsoleFixtures.Nursery;
import com.tuoyu.directory.support.Database;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A complaint handler's working day in a real headless Chromium against the whole service (PostgreSQL and
 * Elasticsearch): sign-in, queue, complaint, reveal, request for information, the parent's answer, a reply from a
 * template, a substantiated resolution linked to an inspection; what the parent and the public then see; a handler of
 * another county never sees it; an access token expiring mid-work is renewed without the handler noticing.
 */
@QuarkusTest
@TestProfile(ShortAccessTokens.class)
class ConsoleHandlerJourneyTest {

    private static final String HYGIENE_TEMPLATE = "卫生饮食问题答复";
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
    void aHandlerWorksAComplaintFromTheQueueToASubstantiatedResolution() {
        List<String> errors = new CopyOnWriteArrayList<>();
        Page page = browser.newPage(errors);
        try {
            handlerJourney(page, errors);
        } catch (RuntimeException | AssertionError e) {
            ConsoleBrowser.screenshot(page, "failed-journey");
            throw e;
        } finally {
            page.context().close();
        }
    }

    private void handlerJourney(Page page, List<String> errors) {
        Nursery nursery = ConsoleFixtures.nurseryWithAnInspection();
        Account handler = ConsoleFixtures.staff("HANDLER", "王处理", nursery.county());
        int substantiatedBefore = given().get("/api/v1/nurseries/{id}", nursery.id()).then().statusCode(200)
                .extract().path("supervision.substantiatedComplaintsLast12Months");
        String marker = "午餐饭菜发馊-" + UUID.randomUUID().toString().substring(0, 6);
        Complaint complaint = ConsoleFixtures.fileComplaint(nursery.id(), "HYGIENE_FOOD", marker + "，孩子回家后腹泻，园方不承认。");

        List<Response> answers = new CopyOnWriteArrayList<>();
        page.onResponse(answers::add);

        // Sign-in: any console address without a session lands there.
        page.navigate(console + "complaints");
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING)).containsText("托育机构投诉处理");
        ConsoleBrowser.screenshot(page, "01-sign-in");
        ConsoleBrowser.assertAccessible(page, "sign-in");
        signIn(page, handler);
        assertThat(page.locator("[data-test=who]")).containsText("王处理");
        assertThat(page.locator("[data-test=role]")).containsText("投诉处理人员");

        // Queue: the new complaint, with its nursery, category and deadline.
        Locator row = rowOf(page, complaint);
        assertThat(row).containsText(marker.substring(0, 6));
        assertThat(row).containsText("卫生与饮食");
        assertThat(row.locator("[data-test=deadline]")).containsText("剩余");
        ConsoleBrowser.screenshot(page, "02-queue");
        ConsoleBrowser.assertAccessible(page, "queue");

        // Complaint page: reveal the number with a reason, accept, note internally, ask for information.
        page.locator("[data-test='open-" + complaint.trackingNumber() + "']").click();
        assertThat(page.locator("[data-test=description]")).containsText(marker);
        assertThat(page.locator("[data-test=phone]")).hasText("138****5678");
        ConsoleBrowser.screenshot(page, "03-complaint");
        ConsoleBrowser.assertAccessible(page, "complaint");
        page.locator("[data-test=reveal]").click();
        assertThat(page.getByText("查看将被记录在审计日志中")).isVisible();
        // A reason from the list is required, then a sentence on the case.
        page.locator("input[data-test=reveal-reason], [data-test=reveal-reason] input").fill("电话联系家长核实事发经过");
        page.locator("[data-test=reveal-confirm]").click();
        assertThat(page.locator("[data-test=reveal-error]")).hasText("请选择查看原因");
        chooseOption(page, "[data-test=reveal-reason-code]", "电话核实事发经过");
        ConsoleBrowser.screenshot(page, "03b-reveal-reason");
        page.locator("[data-test=reveal-confirm]").click();
        assertThat(page.locator("[data-test=phone]")).hasText("13812345678");
        assertThat(Database.count("select count(*) from audit_entry where subject_id = ? and action = 'COMPLAINT_CONTACT_REVEALED' "
                + "and after_state = 'VERIFY_FACTS' and reason = '电话核实事发经过：电话联系家长核实事发经过'", complaint.id())).isEqualTo(1);

        act(page, "ACCEPT", "已受理，将尽快到园核查。");
        act(page, "NOTE", "园长电话称当天食材由新供应商提供（内部）");
        act(page, "REQUEST_INFO", "请补充孩子就医的时间和病历照片。");
        assertThat(page.locator("[data-test=status]")).hasText("待家长补充");

        // The parent answers through the parent API; the queue marks the complaint as new.
        given().auth().oauth2(complaint.parentToken()).contentType("application/json")
                .body(java.util.Map.of("text", "11月30日晚在市妇幼就诊，诊断为急性肠胃炎。"))
                .post("/api/v1/complaints/{id}/information", complaint.id()).then().statusCode(200);
        page.locator("a.back").click();
        assertThat(rowOf(page, complaint).locator("[data-test=new-information]")).hasText("新补充");
        ConsoleBrowser.screenshot(page, "04-queue-new-information");
        page.locator("[data-test='open-" + complaint.trackingNumber() + "']").click();
        assertThat(page.locator("[data-test=new-information]")).isVisible();
        assertThat(page.locator("[data-test=history]")).containsText("急性肠胃炎");

        // A reload keeps the session (the app renews it from the refresh cookie before showing the page).
        page.reload();
        assertThat(page.locator("[data-test=description]")).containsText(marker);

        // The access token expires mid-work: the next action still succeeds, through one refresh.
        page.waitForTimeout((ShortAccessTokens.LIFETIME_SECONDS + 3) * 1000.0);
        answers.clear();
        page.locator("[data-test=action-REPLY]").click();
        chooseOption(page, "[data-test=template]", HYGIENE_TEMPLATE);
        Locator text = page.locator("textarea[data-test=action-text], [data-test=action-text] textarea");
        assertThat(text).hasValue(java.util.regex.Pattern.compile("^您好，我们已会同卫生监督部门.*"));
        text.fill(text.inputValue() + "检查中发现留样记录缺失。");
        page.locator("[data-test=send]").click();
        assertThat(page.locator("[data-test=history]")).containsText("检查中发现留样记录缺失。");
        // The first call after the expiry (the templates, or the action itself) was refused once, then renewed.
        assertThat(answers.stream().filter(r -> r.url().contains("/api/v1/admin/") && !r.url().contains("/auth/session")
                && r.status() == 401)).hasSize(1);
        assertThat(statuses(answers, "/session/refresh")).containsExactly(200);
        assertThat(statuses(answers, "/actions")).last().isEqualTo(200);

        // A substantiated resolution linked to the nursery's latest inspection.
        page.locator("[data-test=action-RESOLVE]").click();
        page.locator("[data-test=finding]").getByText("属实", new Locator.GetByTextOptions().setExact(true)).click();
        chooseOption(page, "[data-test=linked-record]", "检查 ");
        page.locator("textarea[data-test=action-text], [data-test=action-text] textarea").fill("经查属实，已责令整改并处以警告。");
        page.locator("[data-test=send]").click();
        assertThat(page.locator("[data-test=status]")).hasText("已办结");
        assertThat(page.locator("[data-test=resolution-finding]")).hasText("属实");
        assertThat(page.locator("[data-test=linked]")).containsText("检查");
        ConsoleBrowser.screenshot(page, "05-complaint-resolved");

        // What the parent reads: every text meant for them, never the internal note.
        JsonPath mine = given().auth().oauth2(complaint.parentToken()).get("/api/v1/complaints/{id}", complaint.id())
                .then().statusCode(200).extract().jsonPath();
        assertThat(mine.getString("status")).isEqualTo("RESOLVED");
        assertThat(mine.getList("history.text", String.class)).contains("已受理，将尽快到园核查。",
                "请补充孩子就医的时间和病历照片。", "经查属实，已责令整改并处以警告。")
                .anyMatch(t -> t != null && t.endsWith("检查中发现留样记录缺失。"))
                .noneMatch(t -> t != null && t.contains("新供应商"));
        JsonPath stored = JsonPath.from(given().get("/api/v1/nurseries/{id}", nursery.id()).then().statusCode(200).extract().asString());
        assertThat(stored.getInt("supervision.substantiatedComplaintsLast12Months")).isEqualTo(substantiatedBefore + 1);
        assertThat(Database.count("select count(*) from complaint c join inspection i on i.id = c.linked_inspection_id "
                + "where c.id = cast(? as uuid) and i.nursery_id = ?", complaint.id(), nursery.id()))
                .as("the resolution links an inspection of the complaint's nursery").isEqualTo(1);

        // Sign-out ends the session: the console goes back to the sign-in page and stays there after a reload.
        page.locator("[data-test=sign-out]").click();
        assertThat(page.locator("[data-test=notice]")).containsText("您已退出登录");
        page.navigate(console + "complaints/" + complaint.id());
        assertThat(page.locator("#username")).isVisible();
        assertThat(errors).as("script errors and CSP refusals in the console").isEmpty();
    }

    @Test
    void aHandlerOfAnotherCountyNeverSeesItAndAnExpiredSessionReturnsToSignIn() {
        Nursery nursery = ConsoleFixtures.nurseryWithAnInspection();
        Complaint complaint = ConsoleFixtures.fileComplaint(nursery.id(), "FEES_REFUNDS", "退托后押金迟迟不退，多次催要无果。");
        Account stranger = ConsoleFixtures.staff("HANDLER", "李邻县", ConsoleFixtures.anotherQuietCounty(nursery.county()));

        Page page = browser.newPage(new CopyOnWriteArrayList<>());
        page.navigate(console.toString());
        signIn(page, stranger);
        assertThat(page.locator("[data-test=queue-table]")).not().containsText(complaint.trackingNumber());
        page.navigate(console + "complaints/" + complaint.id());
        assertThat(page.getByText("投诉不存在，或不在您负责的区县")).isVisible();
        assertThat(page.locator("body")).not().containsText("退托后押金");

        // The refresh cookie is gone (e.g. revoked) and the access token runs out: back to sign-in with a message.
        page.context().clearCookies();
        page.waitForTimeout((ShortAccessTokens.LIFETIME_SECONDS + 3) * 1000.0);
        page.locator("a.brand").click();
        assertThat(page.locator("[data-test=notice]")).containsText("登录已过期，请重新登录");

        // Nobody touches the console for the idle timeout: it signs out (the session too) and says why.
        signIn(page, stranger);
        page.waitForTimeout((ShortAccessTokens.IDLE_TIMEOUT_SECONDS + 3) * 1000.0);
        assertThat(page.locator("[data-test=notice]")).containsText("秒未操作，为保护个人信息已自动退出登录");
        ConsoleBrowser.screenshot(page, "07-idle-sign-out");
        page.reload();
        assertThat(page.locator("#username")).isVisible();
        page.context().close();
    }

    private static void signIn(Page page, Account account) {
        ConsoleBrowser.signIn(page, account.username(), account.password());
        assertThat(page.locator("[data-test=queue-table]")).isVisible();
    }

    private static Locator rowOf(Page page, Complaint complaint) {
        return page.locator("[data-test=queue-table] tr").filter(new Locator.FilterOptions().setHasText(complaint.trackingNumber()));
    }

    /** Opens an action's dialog, writes its text and sends it; waits until the history shows it. */
    private static void act(Page page, String action, String text) {
        page.locator("[data-test=action-" + action + "]").click();
        page.locator("textarea[data-test=action-text], [data-test=action-text] textarea").fill(text);
        page.locator("[data-test=send]").click();
        assertThat(page.locator("[data-test=history]")).containsText(text);
    }

    /** Element Plus selects render their options in a popup at the end of the page: open it, click the option. */
    private static void chooseOption(Page page, String select, String startsWith) {
        page.locator(select).click();
        page.locator(".el-select-dropdown__item:visible").filter(new Locator.FilterOptions().setHasText(startsWith)).first().click();
    }

    private static List<Integer> statuses(List<Response> answers, String pathEnd) {
        return answers.stream().filter(r -> r.url().contains("/api/") && r.url().endsWith(pathEnd)).map(Response::status).toList();
    }
}
