package vn.gov.angiang.thidua.workbench;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.gov.angiang.thidua.core.RuleSets;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The workbench in Debian's Chromium, driven as a person would — every control found by its role and accessible
 * name: open a file, type a syntax error and see it marked at its line, undo it; change TT3.1 from 5 to 6 points per
 * case; run the scenarios and see the case that pins it fail; accept the new outcomes; see the impact; publish with a
 * reason; restore the previous version; two tabs saving one file; a login off loopback. Screenshots of each step are
 * kept in target/browser-workbench. Needs chromium and chromium-driver (.ci/run installs them); without them the test
 * is skipped, unless THIDUA_REQUIRE_BROWSER is set, when it fails.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class WorkbenchBrowserTest {

    private static final Path SHOTS = Path.of("target", "browser-workbench");
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";

    static Path root;
    static WorkbenchServer server;
    static WebDriver driver;
    static int shot;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(DRIVER));
        if (!present && System.getenv("THIDUA_REQUIRE_BROWSER") != null) {
            fail("THIDUA_REQUIRE_BROWSER is set, but " + CHROMIUM + " or " + DRIVER + " is missing: "
                    + "apt-get install chromium chromium-driver");
        }
        assumeTrue(present, "Debian's chromium and chromium-driver are not installed: the browser test is skipped");
        root = Files.createTempDirectory("workbench-browser-");
        RuleSets.exportDefaults(root.resolve("ws"), false);
        server = new WorkbenchServer(root.resolve("ws"), root.resolve("published"), "127.0.0.1", 0,
                new Jobs.Limits("384m", Duration.ofSeconds(120)), 200);
        server.start();
        Jobs.deleteTree(SHOTS);
        Files.createDirectories(SHOTS);
        driver = chromium(root.resolve("profile"));
    }

    static WebDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1366,768", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        WebDriver d = new ChromeDriver(service, options);
        d.manage().window().setSize(new Dimension(1366, 768));
        return d;
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (root != null) {
            Jobs.deleteTree(root);
        }
    }

    /** The visible control of this role and accessible name, as assistive technology and a person see it. */
    static WebElement control(String role, String name) {
        String css = switch (role) {
            case "button" -> "button, [role=button]";
            case "textbox" -> "input, textarea, [role=textbox]";
            case "tab" -> "[role=tab]";
            default -> "[role=" + role + "]";
        };
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            for (WebElement e : d.findElements(By.cssSelector(css))) {
                if (e.isDisplayed() && name.equals(e.getAccessibleName()) && role.equals(e.getAriaRole())) {
                    return e;
                }
            }
            return null;
        });
    }

    static void waitForText(String id, String text) throws IOException {
        try {
            // textContent: the summary of a clean check is kept in the Lỗi tab even while another tab is open
            new WebDriverWait(driver, Duration.ofSeconds(180)).until(d -> String.valueOf(d.findElement(By.id(id))
                    .getDomProperty("textContent")).contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("khong-thay-" + id);
            throw new AssertionError("#" + id + " never showed \"" + text + "\"; it shows \""
                    + driver.findElement(By.id(id)).getDomProperty("textContent") + "\"; status \""
                    + driver.findElement(By.id("jobline")).getText() + "\"", e);
        }
    }

    static void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(String.format("%02d-%s.png", ++shot, name)), png);
    }

    static void type(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** A key pressed with Ctrl held, as a person does (a chord sent as text would type the letter). */
    static void ctrl(CharSequence key) {
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys(key).keyUp(Keys.CONTROL).perform();
    }

    static void openFile(String name) {
        control("button", name).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("current-file")).getText()
                .equals(name) && d.findElement(By.tagName("body")).getAttribute("aria-busy") == null);
    }

    static void editorEnd() {
        driver.findElement(By.cssSelector("#editor .CodeMirror-code")).click();
        ctrl(Keys.END);
    }

    /** Ctrl-F, the text, Enter: CodeMirror's search selects it, and what is typed next replaces it. */
    static void find(String text) {
        driver.findElement(By.cssSelector("#editor .CodeMirror-code")).click();
        ctrl(Keys.HOME);
        ctrl("f");
        type(text, Keys.ENTER);
    }

    static String editorText() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('#editor .CodeMirror').CodeMirror.getValue()");
    }

    @Test
    void aPolicyOfficersRound() throws Exception {
        driver.get(server.address());
        openFile("award.drl");
        String original = editorText();
        screenshot("mo-tep");

        editorEnd();
        type(Keys.ENTER, "rule \"hỏng\" when then x( end");
        control("button", "Lưu").click();
        waitForText("problems-summary", "lỗi");
        assertTrue(driver.findElements(By.cssSelector("#editor .problem-line")).size() > 0);
        assertTrue(driver.findElement(By.id("problems")).getText().contains("award.drl:"));
        screenshot("loi-tai-dong");

        editorEnd();
        for (int i = 0; i < 5 && !editorText().equals(original); i++) {
            ctrl("z");
        }
        assertEquals(original, editorText());
        control("button", "Lưu").click();
        waitForText("problems-summary", "không có lỗi");
        screenshot("da-sua");

        openFile("criteria-collective.drl");
        find("perItem(\"TT3.1\", \"5\"");
        type("perItem(\"TT3.1\", \"6\"");
        assertTrue(editorText().contains("perItem(\"TT3.1\", \"6\", \"15\")"), "the edit did not land");
        control("button", "Lưu").click();
        waitForText("problems-summary", "không có lỗi");
        screenshot("tt3-1-sau-diem");

        control("tab", "Kịch bản").click();
        control("button", "Chạy kịch bản").click();
        waitForText("scenarios-summary", "không đạt");
        String scenarios = driver.findElement(By.id("scenarios")).getText();
        assertTrue(scenarios.contains("criteria TT3.1"), scenarios);
        assertTrue(scenarios.contains("Mỗi dòng MỖI VIỆC một chứng cứ"), scenarios);
        screenshot("kich-ban-khong-dat");
        control("button", "Chấp nhận mọi kết quả mới").click();
        new WebDriverWait(driver, Duration.ofSeconds(180)).until(d -> control("button", "Chấp nhận mọi kết quả mới")
                .getText().startsWith("✓"));
        control("button", "Chạy kịch bản").click();
        waitForText("scenarios-summary", ", 0 không đạt");
        screenshot("kich-ban-dat");

        control("tab", "Ảnh hưởng").click();
        control("button", "Xem ảnh hưởng").click();
        new WebDriverWait(driver, Duration.ofSeconds(180)).until(d -> !d.findElement(By.id("impact")).getText().isEmpty());
        screenshot("anh-huong");

        control("tab", "Xuất bản").click();
        control("textbox", "Lý do thay đổi").sendKeys("TT3.1: 6 điểm mỗi vụ việc");
        control("button", "Xuất bản").click();
        waitForText("publish-result", "Đã xuất bản phiên bản 1");
        screenshot("xuat-ban");
        // A host following the published folder serves the new score: one TT3.1 case now earns 6 points.
        com.fasterxml.jackson.databind.node.ObjectNode dossier = (com.fasterxml.jackson.databind.node.ObjectNode)
                Json.MAPPER.readTree(Files.readString(server.workspace().root().resolve("bases/tap-the-trong.json")));
        dossier.putArray("evidence").addObject().put("criterion", "TT3.1").put("ref", "VV 1").put("date", "2026-04-10")
                .put("result", "Có kết quả");
        try (vn.gov.angiang.thidua.api.ReloadableEvaluator host = RuleSets.watch(root.resolve("published"), null,
                vn.gov.angiang.thidua.testing.Scenarios.gate())) {
            java.math.BigDecimal points = host.evaluate(vn.gov.angiang.thidua.api.json.DossierJson.readDossier(
                    dossier.toString()), java.time.LocalDate.of(2026, 11, 25)).criterion("TT3.1").orElseThrow().points();
            assertEquals(0, points.compareTo(java.math.BigDecimal.valueOf(6)), points.toPlainString());
        }

        openFile("criteria-collective.drl");
        editorEnd();
        type(Keys.ENTER, "// ghi chú");
        control("button", "Lưu").click();
        waitForText("problems-summary", "không có lỗi");
        control("tab", "Xuất bản").click();
        WebElement reason = control("textbox", "Lý do thay đổi");
        reason.clear();
        reason.sendKeys("ghi chú");
        control("button", "Xuất bản").click();
        waitForText("publish-result", "Đã xuất bản phiên bản 2");
        control("button", "Lịch sử").click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector("#history li")).size() == 2);
        driver.findElements(By.cssSelector("#history li")).get(1).findElement(By.tagName("button")).click();
        waitForText("publish-result", "Đã xuất bản phiên bản 3");
        assertEquals(3, server.publisher().list().size());
        assertTrue(Files.readString(server.workspace().root().resolve("criteria-collective.drl"))
                .contains("perItem(\"TT3.1\", \"6\", \"15\")"));
        screenshot("khoi-phuc");

        // Two tabs, one file: the second save is refused with both texts.
        openFile("scope.drl");
        String first = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(server.address());
        openFile("scope.drl");
        editorEnd();
        type(Keys.ENTER, "// tab hai");
        control("button", "Lưu").click();
        waitForText("problems-summary", "không có lỗi");
        driver.close();
        driver.switchTo().window(first);
        editorEnd();
        type(Keys.ENTER, "// tab một");
        control("button", "Lưu").click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("conflict")).isDisplayed());
        assertTrue(driver.findElement(By.id("theirs")).getAttribute("value").contains("// tab hai"));
        screenshot("hai-nguoi-cung-sua");
    }

    @Test
    void offLoopbackALoginIsRequired() throws Exception {
        Path ws = root.resolve("ws-login");
        RuleSets.exportDefaults(ws, false);
        new Accounts(ws.resolve(Workspace.STATE).resolve("users.json"), java.time.Clock.systemUTC())
                .add("can-bo", Accounts.Role.editor, "mật khẩu dài".toCharArray());
        try (WorkbenchServer open = new WorkbenchServer(ws, null, "0.0.0.0", 0,
                new Jobs.Limits("256m", Duration.ofSeconds(60)), 10)) {
            int port = open.start();
            driver.get("http://127.0.0.1:" + port + "/");
            control("textbox", "Tên").sendKeys("can-bo");
            control("textbox", "Mật khẩu").sendKeys("mật khẩu dài");
            screenshot("dang-nhap");
            control("button", "Đăng nhập").click();
            control("button", "parameters.drl");
            screenshot("da-dang-nhap");
        }
    }
}
