package se.integration.policy.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench in a real browser: Debian's chromium driven by Selenium through /usr/bin/chromedriver
 * (nothing is downloaded). Skipped, with the reason printed, where either is absent (.ci/run installs
 * both). Screenshots are kept in target/workbench-screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserTest {
    static final Path DRIVER = Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver"));
    static final Path CHROMIUM = Path.of(System.getProperty("chromium", "/usr/bin/chromium"));
    static final Path SHOTS = Path.of("target", "workbench-screenshots");
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void openTheBrowser() throws IOException {
        boolean there = Files.isExecutable(DRIVER) && Files.isExecutable(CHROMIUM);
        if (!there) System.out.println("WorkbenchBrowserTest skipped: " + DRIVER + " or " + CHROMIUM + " is not installed (apt-get install chromium chromium-driver)");
        assumeTrue(there, "chromium and chromium-driver are not installed");
        Files.createDirectories(SHOTS);
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1800",
                "--disable-background-networking", "--no-first-run", "--lang=sv");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, o);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class); // a result replaced while it is read: read it again
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) browser.quit();
    }

    static void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    static String text(String css) { return browser.findElement(By.cssSelector(css)).getText().strip(); }

    @Test
    @Order(1)
    void everyControlOfThePageHasALabelAndNothingIsFetchedFromElsewhere() {
        browser.get(TestServer.get().url() + "/");
        wait.until(d -> !d.findElements(By.cssSelector("#draft-params input")).isEmpty());
        for (WebElement c : browser.findElements(By.cssSelector("input, select, textarea"))) {
            String id = c.getAttribute("id");
            assertThat(id).as("a control without an id").isNotBlank();
            assertThat(browser.findElements(By.cssSelector("label[for='" + id + "']"))).as("the label of #" + id).isNotEmpty();
        }
        assertThat(browser.findElements(By.cssSelector("link, script[src], img[src^='http'], iframe"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("https://", "@import", "url(");
        assertThat(text("h1")).startsWith("Arbetsbänk för riktlinjer");
    }

    @Test
    @Order(2)
    void choosingJonkoping2013And2023OverTheExamplesShowsTheCommandLinesCounts() throws IOException {
        browser.get(TestServer.get().url() + "/");
        new Select(browser.findElement(By.id("from"))).selectByValue("jonkoping-2013");
        new Select(browser.findElement(By.id("to"))).selectByValue("jonkoping-2023");
        assertThat(browser.findElement(By.id("corpus-examples")).isSelected()).isTrue();
        browser.findElement(By.id("compare")).sendKeys(Keys.ENTER); // the keyboard, as a user without a mouse
        wait.until(d -> !d.findElements(By.cssSelector("#compare-result .summary .cases")).isEmpty());
        wait.until(d -> !d.findElements(By.cssSelector("#diff-result table")).isEmpty());
        JsonNode api = ApiTest.json(TestServer.post("/compare", "application/json", "{\"policies\":[\"jonkoping-2013\",\"jonkoping-2023\"]}").body());
        String cases = text("#compare-result .summary .cases"), differing = text("#compare-result .summary .with-differences");
        assertThat(cases).isEqualTo("32").isEqualTo(api.get("summary").get("cases").asText());
        assertThat(differing).isEqualTo(api.get("summary").get("casesWithDifferences").asText());
        assertThat(browser.findElements(By.cssSelector("#compare-result section.case"))).hasSize(Integer.parseInt(differing));
        assertThat(text("#status")).contains("32");
        shot("1-jonkoping-2013-vs-2023");
    }

    @Test
    @Order(3)
    void aJsonLinesFileFromDiskIsCompared() throws IOException {
        Path f = Files.createTempFile("two-cases", ".jsonl");
        String one = ApiTest.json(Files.readString(TestServer.examples().resolve("jonkoping/incomplete-application.json"))).toString();
        String two = ApiTest.json(Files.readString(TestServer.examples().resolve("jonkoping/raslatt-association-homework-club.json"))).toString();
        Files.writeString(f, one + "\n" + two + "\n");
        browser.findElement(By.id("corpus-file")).click();
        browser.findElement(By.id("file")).sendKeys(f.toAbsolutePath().toString());
        browser.findElement(By.id("differing-only")).click(); // every case, also those without differences
        browser.findElement(By.id("compare")).click();
        wait.until(d -> d.findElements(By.cssSelector("#compare-result .summary .cases")).stream().anyMatch(e -> e.getText().equals("2")));
        assertThat(browser.findElements(By.cssSelector("#compare-result section.case"))).hasSize(2);
        Files.delete(f);
        browser.findElement(By.id("corpus-examples")).click();
        browser.findElement(By.id("differing-only")).click();
    }

    static WebElement quoteOf(String identity) {
        String row = browser.findElement(By.cssSelector("#draft-params tr[data-identity='" + identity + "']")).getAttribute("id").substring("param-".length());
        return browser.findElement(By.id("q" + row));
    }

    static void compareFinished() {
        wait.until(d -> !text("#status").startsWith("Räknar"));
    }

    @Test
    @Order(4)
    void raisingTheLimitFrom50000To75000KronorInTheDraftFormChangesTheCounts() throws IOException {
        browser.get(TestServer.get().url() + "/");
        wait.until(d -> !d.findElements(By.cssSelector("#draft-params input")).isEmpty());
        // before: jonkoping-2013 against jonkoping-2023 over the examples
        new Select(browser.findElement(By.id("from"))).selectByValue("jonkoping-2013");
        new Select(browser.findElement(By.id("to"))).selectByValue("jonkoping-2023");
        browser.findElement(By.id("compare")).click();
        wait.until(d -> text("#status").startsWith("Klart") && text("#compare-result .summary .cases").equals("32"));
        String before = text("#compare-result .summary .with-differences");
        new Select(browser.findElement(By.id("from"))).selectByValue("jonkoping-2023");

        new Select(browser.findElement(By.id("draft-base"))).selectByValue("jonkoping-2023");
        wait.until(d -> d.findElements(By.cssSelector("#draft-params tr[data-identity='band/up-to'] input[data-field='toAmount']")).size() == 1);
        WebElement limit = browser.findElement(By.cssSelector("#draft-params tr[data-identity='band/up-to'] input[data-field='toAmount']"));
        assertThat(limit.getAttribute("value")).isEqualTo("50000");
        assertThat(quoteOf("band/up-to").getAttribute("placeholder")).as("the version's own quote as a hint").contains("50 000 kr");
        limit.clear();
        limit.sendKeys("75000");
        WebElement above = browser.findElement(By.cssSelector("#draft-params tr[data-identity='band/above'] input[data-field='fromAmount']"));
        above.clear();
        above.sendKeys("75001");
        // the draft's text left empty: the quotes the analyst writes are the text
        quoteOf("band/up-to").sendKeys("Projektansökningar på 70 000 kr och därunder, beslutas av Stadskontorets Analys- och hållbarhetschef.");
        quoteOf("band/above").sendKeys("Projektansökningar på summor över 75 000 kr beslutas av kommunstyrelsens ledningsutskott.");
        assertThat(browser.findElements(By.cssSelector("#draft-params tr.edited"))).hasSize(2);

        // a quote that does not say the new limit: the engine refuses the draft and the page names the field
        browser.findElement(By.id("draft-apply")).click();
        wait.until(d -> text("#draft-status").contains("422"));
        assertThat(text("#draft-status")).contains("Ogiltigt utkast / Invalid draft", "$.policies[1].set[0].values.toAmount", "75000");
        assertThat(browser.findElement(By.id("draft-status")).getAttribute("role")).isEqualTo("alert");
        shot("2-draft-refused");

        WebElement upTo = quoteOf("band/up-to");
        upTo.clear();
        upTo.sendKeys("Projektansökningar på 75 000 kr och därunder, beslutas av Stadskontorets Analys- och hållbarhetschef.");
        JsonNode draft = ApiTest.json(browser.findElement(By.id("draft-json")).getText());
        assertThat(draft.get("draft").asText()).isEqualTo("jonkoping-2023-utkast");
        assertThat(draft.get("base").asText()).isEqualTo("jonkoping-2023");
        JsonNode set = draft.get("set");
        assertThat(set).hasSize(2);
        assertThat(set.get(0).get("fact").asText()).isEqualTo("AuthorityBand");
        assertThat(set.get(0).get("identity").asText()).isEqualTo("band/up-to");
        assertThat(set.get(0).get("values").get("toAmount").asLong()).isEqualTo(75000);
        assertThat(draft.get("sources").get(set.get(0).get("cite").asText()).get("quote").asText()).contains("75 000 kr och därunder");
        assertThat(draft.get("sourceTextInline").asText()).contains("75 000 kr och därunder", "över 75 000 kr");
        shot("3-draft-form");

        browser.findElement(By.id("draft-apply")).click();
        wait.until(d -> text("#draft-status").startsWith("Klart"));
        assertThat(new Select(browser.findElement(By.id("to"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("draft");
        String differing = text("#compare-result .summary .with-differences");
        // the same draft through the API: the page shows its counts
        JsonNode api = ApiTest.json(TestServer.post("/compare", "application/json",
                "{\"policies\":[\"jonkoping-2023\"," + draft + "]}").body());
        assertThat(text("#compare-result .summary .cases")).isEqualTo("32");
        assertThat(differing).isEqualTo(api.get("summary").get("casesWithDifferences").asText()).isNotEqualTo(before);
        // the counts change: the committee decides 8 cases fewer under the draft, the head of analysis 8 more
        JsonNode perPolicy = api.get("summary").get("perPolicy");
        JsonNode was = perPolicy.get("jonkoping-2023").get("authorities"), is = perPolicy.get("jonkoping-2023-utkast").get("authorities");
        assertThat(was.get("KOMMUNSTYRELSENS_LEDNINGSUTSKOTT").asInt() - is.path("KOMMUNSTYRELSENS_LEDNINGSUTSKOTT").asInt()).isEqualTo(Integer.parseInt(differing));
        assertThat(is.get("ANALYS_OCH_HALLBARHETSCHEF").asInt() - was.get("ANALYS_OCH_HALLBARHETSCHEF").asInt()).isEqualTo(Integer.parseInt(differing));
        // the examples asking for more than 50 000 and at most 75 000 kr (60 000 kr, 8 of them): now decided by the head of
        // analysis, citing the draft's quote
        assertThat(Integer.parseInt(differing)).isEqualTo(ApiTest.jonkopingCasesAsking(50000, 75000));
        // (the sections below the summary also show cases whose only difference is the name of the version in a finding)
        assertThat(browser.findElements(By.cssSelector("#compare-result section.case")).stream().map(WebElement::getText))
                .anyMatch(t -> t.contains("JKP-2024-017") && t.contains("ANALYS_OCH_HALLBARHETSCHEF")
                        && t.contains("Projektansökningar på 75 000 kr och därunder, beslutas av Stadskontorets Analys- och hållbarhetschef. (")
                        && t.contains("(utkast))")); // the draft's passage, cited from the draft (titled as the draft)
        assertThat(text("#diff-result")).contains("50 000 kr → 75 000 kr", "50 001 kr → 75 001 kr");
        shot("4-draft-impact");
    }

    @Test
    @Order(5)
    void thePrintedPageLeavesTheControlsOutAndKeepsTheResults() throws IOException {
        browser.get(TestServer.get().url() + "/");
        new Select(browser.findElement(By.id("from"))).selectByValue("jonkoping-2013");
        new Select(browser.findElement(By.id("to"))).selectByValue("jonkoping-2023");
        browser.findElement(By.id("compare")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#compare-result .summary .cases")).isEmpty());
        browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        assertThat(browser.findElement(By.id("compare-form")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector("#compare-result .summary")).isDisplayed()).isTrue();
        shot("5-printed");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        List<WebElement> none = browser.findElements(By.cssSelector("#compare-result script"));
        assertThat(none).isEmpty();
    }
}
