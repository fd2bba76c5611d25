package org.cocrea.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a walk in a real browser (headless Chromium) needs: the browser itself, started fresh for
 * each test with its own profile, the widgets as a person uses them (PrimeFaces menus, date
 * pickers, overlays), signing in and out, and screenshots in {@code target/screenshots/<test class>/}.
 * A failed step leaves its screenshot and the HTML of its page there too ({@link #saveFailure()}).
 * Subclasses are the walks: each declares its test.
 *
 * <p>The walks run beside the Arquillian classes, in a second lane of JUnit's parallel execution, against
 * the suite's one deployment ({@link SuiteServer}): a walk builds its world over HTTP
 * ({@link ScenarioServlet}) and never assumes the rest of the suite is idle. The longest walk goes first
 * ({@code @Order}, pom.xml's class orderer; the Arquillian classes keep their order): it also opens the
 * administrator's list of every state while the suite has made few.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = SuiteServer.ALONE, mode = ResourceAccessMode.READ)
@ResourceLock(value = BrowserWalk.ONE_AT_A_TIME, mode = ResourceAccessMode.READ_WRITE)
public abstract class BrowserWalk {

    /**
     * One walk at a time: the walks' lane is one lane. (A walk waiting for the deployment blocks its thread, and
     * JUnit's pool then starts another thread, which would start the next walk, and so on.)
     */
    static final String ONE_AT_A_TIME = "cocrea.browser-walks";

    protected static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    protected static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern ID_PARAM = Pattern.compile("[?&]id=(\\d+)");
    protected static final Path TARGET = Path.of(System.getProperty("cocrea.build.dir", "target")).toAbsolutePath();

    /** The suite's deployment (…/cocrea/), once it answers ({@link SuiteServer}). */
    protected URL base;

    /** target/screenshots/<test class>/: each walk keeps its own. */
    protected final Path shots = TARGET.resolve("screenshots").resolve(getClass().getSimpleName());
    private Path chromeDir;
    protected ChromeDriver driver;
    protected WebDriverWait wait;
    private int shotNumber;
    private String lastShot = "start";
    private final AxeCheck axe = new AxeCheck();

    @BeforeEach
    protected void startBrowser() throws IOException {
        base = SuiteServer.base();
        // Debian's chromium-driver is the one thing Java and Maven do not bring (.ci/run installs it).
        // Without it a developer's run skips this walk and says why; in CI a missing driver fails.
        if (!Files.isExecutable(Path.of("/usr/bin/chromedriver")) && System.getenv("CI") == null) {
            org.junit.jupiter.api.Assumptions.abort(
                    "/usr/bin/chromedriver is missing: `apt-get install chromium chromium-driver` to run the browser test");
        }
        Files.createDirectories(shots);
        try (Stream<Path> old = Files.list(shots)) {
            for (Path file : old.toList()) {
                Files.deleteIfExists(file);
            }
        }
        // Chromium writes under $HOME and the XDG directories: give it its own, and a fresh profile.
        chromeDir = Files.createTempDirectory(TARGET, "chrome-");
        Path home = Files.createDirectories(chromeDir.resolve("home"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .withEnvironment(Map.of(
                        "HOME", home.toString(),
                        "XDG_CONFIG_HOME", home.resolve(".config").toString(),
                        "XDG_CACHE_HOME", home.resolve(".cache").toString(),
                        "XDG_DATA_HOME", home.resolve(".local/share").toString()))
                .build();
        ChromeOptions options = new ChromeOptions();
        if (new File("/usr/bin/chromium").canExecute()) {
            options.setBinary("/usr/bin/chromium");
        }
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--hide-scrollbars", "--lang=es-MX", "--window-size=1280,900",
                "--user-data-dir=" + chromeDir.resolve("profile"));
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
        // --window-size sets the outer size: make the page itself 1280 × 900
        driver.get("about:blank");
        Number chromeHeight = (Number) js("return window.outerHeight - window.innerHeight;");
        driver.manage().window().setSize(new Dimension(1280, 900 + chromeHeight.intValue()));
        wait = new WebDriverWait(driver, WAIT, Duration.ofMillis(50));
    }

    /** axe's critical and serious violations on any page the walk reached (checkAccessibility): none. */
    @AfterEach
    protected void assertAccessible() {
        assertThat(axe.violations()).as("axe-core, critical and serious, page by page").isEmpty();
    }

    @AfterEach
    protected void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
        deleteQuietly(chromeDir);
    }

    // ------------------------------------------------------------------------------ steps

    protected void signIn(String username, String password, By landing, boolean screenshotForm) {
        open("login");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        if (screenshotForm) {
            shot("login");
        }
        clickAndLoad(By.id("login:submit"), landing);
        assertThat(text(By.id("nav:account"))).isEqualTo(username);
    }

    protected void signOut() {
        clickAndLoad(By.id("nav:logout"), By.id("states"));
        assertThat(driver.findElements(By.id("nav:logout"))).isEmpty();
    }

    // ------------------------------------------------------------------------------ widgets

    protected void open(String path) {
        driver.get(base + path);
        checkAccessibility();
    }

    /**
     * axe-core on the page the browser shows, once per address and person (open, clickAndLoad and
     * every screenshot call it); its critical and serious violations fail the walk at its end
     * ({@link #assertAccessible()}), all of them listed.
     */
    protected void checkAccessibility() {
        if (!axeChecks(driver.getCurrentUrl())) {
            return;
        }
        List<WebElement> account = driver.findElements(By.id("nav:account"));
        axe.check(driver, account.isEmpty() ? "public" : account.get(0).getText());
    }

    /**
     * Whether axe-core checks the page at this address: every page, unless a walk names the few it checks (axe
     * costs the suite's CPU, and a page checked by another walk need not be checked again).
     */
    protected boolean axeChecks(String address) {
        return true;
    }

    /** Clicks and waits until the next page (a non-ajax submit or an ajax redirect) shows the given element. */
    protected void clickAndLoad(By button, By onNextPage) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(button);
        wait.until(stalenessOf(page));
        waitVisible(onNextPage);
        checkAccessibility();
    }

    /**
     * Clicks as soon as the element takes the click: widgets that are still moving (an overlay
     * opening, a panel re-rendered after a tick) refuse it for a moment.
     */
    protected void click(By by) {
        click(by, true);
    }

    /** Without scrolling for what lies in an overlay panel: PrimeFaces closes its overlays when the page scrolls. */
    protected void clickInOverlay(By by) {
        click(by, false);
    }

    protected void click(By by, boolean scrollIntoView) {
        new WebDriverWait(driver, WAIT, Duration.ofMillis(50))
                .ignoring(ElementNotInteractableException.class)
                .ignoring(ElementClickInterceptedException.class)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    WebElement element = d.findElement(by);
                    if (!element.isDisplayed() || !element.isEnabled()) {
                        return false;
                    }
                    if (scrollIntoView) {
                        scrollTo(element);
                    }
                    element.click();
                    return true;
                });
    }

    protected void type(By by, String value) {
        WebElement input = waitVisible(by);
        scrollTo(input);
        input.clear();
        input.sendKeys(value);
    }

    protected void blur() {
        js("if (document.activeElement) document.activeElement.blur();");
    }

    /** A p:selectOneMenu: opens it and picks the option whose label starts with the given text. */
    protected void chooseOne(String id, String labelStart) {
        click(By.id(id));
        waitOpened(id + "_panel");
        By item = By.xpath("//*[@id='" + id + "_items']//li[starts-with(@data-label, " + literal(labelStart) + ")]");
        clickInOverlay(item);
        wait.until(invisibilityOfElementLocated(By.id(id + "_panel")));
        assertThat(text(By.id(id + "_label"))).startsWith(labelStart);
    }

    /** Waits until an overlay panel has finished its opening animation: clicks during it go astray. */
    protected void waitOpened(String panelId) {
        waitOpened(panelId, wait);
    }

    private static void waitOpened(String panelId, WebDriverWait until) {
        until.until(d -> {
            WebElement panel = d.findElement(By.id(panelId));
            return panel.isDisplayed() && panel.getAttribute("class").contains("ui-connected-overlay-enter-done");
        });
    }

    /** A p:selectCheckboxMenu: opens it, ticks the options with the given labels and closes it. */
    protected void chooseMany(String id, String... labels) {
        click(By.id(id));
        waitOpened(id + "_panel");
        for (String label : labels) {
            By box = By.xpath("//*[@id='" + id + "_panel']//li[.//label[normalize-space()=" + literal(label) + "]]"
                    + "//div[contains(@class,'ui-chkbox-box')]");
            clickInOverlay(box);
            wait.until(d -> d.findElement(box).getAttribute("class").contains("ui-state-active"));
        }
        clickInOverlay(By.cssSelector("[id='" + id + "_panel'] .ui-selectcheckboxmenu-close"));
        wait.until(invisibilityOfElementLocated(By.id(id + "_panel")));
        assertThat(text(By.id(id))).contains(labels);
    }

    /** A p:selectBooleanCheckbox. */
    protected void check(String id) {
        click(By.xpath("//*[@id='" + id + "']//div[contains(@class,'ui-chkbox-box')]"));
        wait.until(d -> d.findElement(By.id(id + "_input")).isSelected());
    }

    /**
     * A p:datePicker: opens its calendar with a click, closes it with Escape (focus goes back to
     * the input) and types the date as the user would (dd/MM/yyyy). Typing while the calendar
     * opens loses keys: once open, it takes the focus.
     */
    protected void typeDate(String id, LocalDate date) {
        String text = DAY.format(date);
        By input = By.id(id + "_input");
        By panel = By.id(id + "_panel");
        WebElement field = waitVisible(input);
        scrollTo(field);
        openCalendar(id);
        wait.until(d -> d.findElement(panel).findElements(By.xpath(".//*")).contains(d.switchTo().activeElement()));
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        wait.until(invisibilityOfElementLocated(panel));
        wait.until(d -> d.switchTo().activeElement().equals(field));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
        assertThat(field.getAttribute("value")).isEqualTo(text);
        assertThat(driver.findElement(panel).isDisplayed()).isFalse();
    }

    /**
     * Clicks a date field until its calendar is open. On a loaded machine a click can land while the
     * page still handles the previous one, and the calendar then opens and closes at once (seen in CI
     * runs that shared the machine): a click that opened nothing within a few seconds is repeated.
     */
    private void openCalendar(String id) {
        By input = By.id(id + "_input");
        WebDriverWait shortWait = new WebDriverWait(driver, Duration.ofSeconds(5), Duration.ofMillis(50));
        for (int attempt = 1; attempt < 3; attempt++) {
            click(input);
            try {
                waitOpened(id + "_panel", shortWait);
                return;
            } catch (org.openqa.selenium.TimeoutException closedAgain) {
                blur();
            }
        }
        click(input);
        waitOpened(id + "_panel");
    }

    /** A p:inputNumber: types the digits into its visible input. */
    protected void typeNumber(String id, String digits) {
        By input = By.id(id + "_input");
        WebElement field = waitVisible(input);
        scrollTo(field);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(digits);
        field.sendKeys(Keys.TAB);
        wait.until(d -> digits.equals(stripNumber(d.findElement(By.id(id + "_hinput")).getAttribute("value"))));
    }

    protected static String stripNumber(String raw) {
        if (raw == null) {
            return "";
        }
        String plain = raw.replaceAll("[^0-9.]", "");
        return plain.contains(".") ? plain.replaceAll("\\.0*$", "") : plain;
    }

    /** The error message shown in the same field block as the input (never at the top of the page). */
    protected static By fieldMessage(String inputId) {
        return By.xpath("//*[@id='" + inputId + "']/ancestor::div[contains(@class,'field')][1]"
                + "//*[contains(@class,'ui-message-error')]");
    }

    /** No message key left untranslated (???key???) and no server error on the page. */
    protected void assertReadable() {
        assertThat(driver.getPageSource()).doesNotContain("???").doesNotContain("Caused by").doesNotContain("\tat ");
    }

    protected void assertGlobalMessage(String expected) {
        assertThat(text(By.id("messages"))).contains(expected);
    }

    /** Waits until the element shows the text, across the page reload a submit causes. */
    protected void waitForText(By by, String expected) {
        new WebDriverWait(driver, WAIT, Duration.ofMillis(50))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(by).getText().contains(expected));
    }

    protected WebElement waitVisible(By by) {
        return wait.until(visibilityOfElementLocated(by));
    }

    protected String text(By by) {
        return waitVisible(by).getText();
    }

    protected void scrollTo(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
    }

    protected Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    protected static long idIn(String url) {
        Matcher matcher = ID_PARAM.matcher(url);
        assertThat(matcher.find()).as("an id in " + url).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /** An XPath string literal, whatever quotes the text holds. */
    protected static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    // ------------------------------------------------------------------------------ screenshots

    /** A phone's screen (390 × 844 CSS pixels, touch, the page's viewport meta honoured), or back to the desktop window. */
    protected void phone(boolean on) {
        if (on) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        } else {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** The window as a desktop of this width (1,366 px, the common laptop) or, below 768 px, a phone. */
    protected void width(int pixels) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", pixels, "height", pixels < 768 ? 844 : 900, "deviceScaleFactor", 1, "mobile", pixels < 768));
    }

    /** Nothing on the page is wider than the window: no sideways scrolling. */
    protected void assertFitsTheWindow(String what) {
        Number scrollWidth = (Number) js("return document.documentElement.scrollWidth;");
        Number innerWidth = (Number) js("return window.innerWidth;");
        if (scrollWidth.intValue() > innerWidth.intValue()) {
            throw new AssertionError(what + ": the page is " + scrollWidth + " px wide in a " + innerWidth + " px window");
        }
    }

    /**
     * Every title on the page (headings, table headers, a list's terms, a reflowed table's column titles) shows its
     * words whole at the window's width: no word cut across two lines, no title running out of its box into the
     * value beside it.
     */
    @SuppressWarnings("unchecked")
    protected void assertTitlesWhole(String what) {
        List<String> problems = (List<String>) js("""
                const problems = [];
                for (const title of document.querySelectorAll('main h1, main h2, main h3, main th, main dt, .ui-column-title')) {
                  if (!title.getClientRects().length) continue;
                  if (getComputedStyle(title).display !== 'inline' && title.scrollWidth > title.clientWidth + 1) {
                    problems.push('wider than its box: ' + title.textContent.trim());
                  }
                  const texts = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
                  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
                    for (const word of node.data.matchAll(/\\S+/g)) {
                      const range = document.createRange();
                      range.setStart(node, word.index);
                      range.setEnd(node, word.index + word[0].length);
                      const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                      if (lines.size > 1) problems.push('cut in the middle: ' + word[0]);
                    }
                  }
                }
                return problems;""");
        assertThat(problems).as(what + ": titles with their words whole").isEmpty();
    }

    protected void shot(String name) {
        shot(name, false);
    }

    /** The window, scrolled so that the element is at its top. */
    protected void shot(String name, By focus) {
        js("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -80);", waitVisible(focus));
        shot(name, false);
    }

    /** Chart.js animates its bars for a moment: a screenshot taken meanwhile shows them half grown. */
    protected void waitForCharts() {
        wait.until(d -> Boolean.TRUE.equals(js("return typeof Chart === 'undefined' || !Chart.instances"
                + " || Object.values(Chart.instances).every(c => !Chart.animator.running(c));")));
    }

    /** Saves target/screenshots/NN-name.png: the window, or the whole page. */
    protected void shot(String name, boolean fullPage) {
        lastShot = name;
        checkAccessibility();
        Path file = shots.resolve(String.format("%02d-%s.png", ++shotNumber, name));
        try {
            Files.write(file, fullPage ? fullPageScreenshot() : driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    protected byte[] fullPageScreenshot() {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) content.get("width")).doubleValue();
        double height = Math.min(((Number) content.get("height")).doubleValue(), 12_000);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** Runs the walk's steps; when one fails, its screen and page are saved ({@link #saveFailure()}) and the failure goes on. */
    protected void walkThrough(Executable steps) throws Throwable {
        try {
            steps.execute();
        } catch (Throwable failure) {
            saveFailure();
            throw failure;
        }
    }

    /** The screen and the HTML of the page a step failed on, next to the screenshots. */
    protected void saveFailure() {
        if (driver == null) {
            return;
        }
        String name = String.format("FAILED-after-%02d-%s", shotNumber, lastShot);
        try {
            Files.write(shots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (RuntimeException | IOException e) {
            System.err.println("no failure screenshot: " + e);
        }
        try {
            Files.writeString(shots.resolve(name + ".html"),
                    "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (RuntimeException | IOException e) {
            System.err.println("no failure page source: " + e);
        }
    }

    protected static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover profile in target/ does no harm
        }
    }

    protected static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
