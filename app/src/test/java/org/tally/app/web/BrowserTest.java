package org.tally.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real headless Chromium (Debian's chromium and chromium-driver, which run-tests installs), driven
 * through Selenium. Each test saves a screenshot under app/target/screenshots. Skipped only where chromium is missing
 * and TALLY_SKIP_BROWSER=1 says so; a missing browser otherwise fails.
 */
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target/screenshots");

  @TempDir static Path folder;
  static ServedLedger served;
  static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present) {
      Assumptions.assumeFalse("1".equals(System.getenv("TALLY_SKIP_BROWSER")),
          "chromium is not installed and TALLY_SKIP_BROWSER=1");
      throw new IllegalStateException("the browser tests need Debian's chromium and chromium-driver ("
          + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install chromium chromium-driver, or run ./run-tests");
    }
    served = ServedLedger.start(folder, Optional.empty());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1280,1600",
        "--user-data-dir=" + Files.createDirectories(folder.resolve("chromium-profile")));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (served != null) {
      served.close();
    }
  }

  static void screenshot(TestInfo test) throws IOException {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName() + ".png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  static void assertNoDialog() {
    try {
      String text = browser.switchTo().alert().getText();
      throw new AssertionError("a dialog opened: " + text);
    } catch (NoAlertPresentException expected) {
      // nothing ran
    }
  }

  @Test
  @DisplayName("the overview draws the map's polygons and incident marks, and the weekly chart")
  void overviewDrawsMapAndChart(TestInfo test) throws Exception {
    browser.get(served.url("/"));
    WebElement map = browser.findElement(By.id("overview-map"));
    List<WebElement> outlines = map.findElements(By.cssSelector("g.country path"));
    List<WebElement> marks = map.findElements(By.cssSelector("circle.mark"));
    assertThat(outlines).hasSizeGreaterThan(3);
    assertThat(marks).hasSizeGreaterThanOrEqualTo(3);
    // drawn, not just present: the browser laid the circles out with a size
    assertThat(marks.get(0).getRect().getWidth()).isPositive();
    assertThat(map.findElements(By.cssSelector("circle.mark.contradiction"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#timeline rect.bar"))).isNotEmpty();
    assertThat(browser.findElement(By.id("totals")).getText()).contains("documents", "incidents");
    // circles are coloured by grade, a contradiction's red over its grade; the legend says which is which
    assertThat(map.findElement(By.cssSelector("circle.mark.contradiction")).getCssValue("fill"))
        .isEqualTo("rgb(213, 94, 0)");
    assertThat(map.findElements(By.cssSelector("circle.mark:not(.contradiction)")).stream()
        .map(m -> m.getCssValue("fill")).toList()).isNotEmpty().doesNotContain("rgb(213, 94, 0)");
    assertThat(browser.findElement(By.id("map-legend")).getText()).contains("contradiction", "confirmed", "fair",
        "weak", "contested");
    screenshot(test);
  }

  @Test
  @DisplayName("clicking an incident's mark shows its claims side by side, the count marked in each quote")
  void clickingAnIncidentShowsItsClaims(TestInfo test) throws Exception {
    browser.get(served.url("/?admin1=Deir%20ez-Zor&harm=killed&victims=soldiers"));
    WebElement mark = browser.findElement(By.cssSelector("#overview-map circle.mark.contradiction"));
    new org.openqa.selenium.interactions.Actions(browser).moveToElement(mark).click().perform();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/incidents/"));
    List<WebElement> cards = browser.findElements(By.cssSelector("#claims article.claim"));
    assertThat(cards).hasSize(2);
    assertThat(cards.stream().map(c -> c.findElement(By.cssSelector("dd.range")).getText()).toList())
        .containsExactlyInAnyOrder("62", "81+");
    assertThat(cards.stream().map(c -> c.findElement(By.cssSelector("blockquote mark.count")).getText()).toList())
        .anySatisfy(t -> assertThat(t).isEqualTo("62")).anySatisfy(t -> assertThat(t).endsWith("80"));
    assertThat(browser.findElement(By.id("contradiction")).getText()).contains("Contradiction");
    screenshot(test);
  }

  @Test
  @DisplayName("the Deir ez-Zor strike's page shows its grade, the reasons and the record its 62 was matched with")
  void anIncidentPageShowsItsGradeAndReasons(TestInfo test) throws Exception {
    browser.get(served.url("/?admin1=Deir%20ez-Zor&harm=killed&victims=soldiers"));
    WebElement mark = browser.findElement(By.cssSelector("#overview-map circle.mark.contradiction"));
    new org.openqa.selenium.interactions.Actions(browser).moveToElement(mark).click().perform();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/incidents/"));
    assertThat(browser.findElement(By.id("grade")).getText()).isEqualTo("Grade: contested");
    assertThat(browser.findElement(By.id("verify-reasons")).getText()).contains("is contested", "62", "81");
    List<String> rows = browser.findElements(By.cssSelector("#verify-records tbody tr")).stream()
        .map(WebElement::getText).toList();
    assertThat(rows).anySatisfy(r -> assertThat(r).contains("62", "UCDP GED", "227936", "Jabal Thurdah", "below"));
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
        browser.findElement(By.id("verify")));
    screenshot(test);
  }

  @Test
  @DisplayName("a document page shows its verdict with the reasons")
  void aDocumentPageShowsItsVerdict(TestInfo test) throws Exception {
    browser.get(served.url("/documents/001_4565c09814c26c97"));
    WebElement verdict = browser.findElement(By.id("verdict"));
    assertThat(verdict.findElement(By.cssSelector("p.verdict strong")).getText())
        .isIn("corroborated", "contradicted", "mixed", "unverified");
    assertThat(browser.findElement(By.id("verdict-reasons")).getText())
        .contains("Says 62 killed near the Deir ez-Zor airport on 2016-09-17; UCDP GED 227936 records 90");
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", verdict);
    screenshot(test);
  }

  @Test
  void aDocumentPageHighlightsAKnownClaimsCount(TestInfo test) throws Exception {
    browser.get(served.url("/documents/001_4565c09814c26c97"));
    List<WebElement> counts = browser.findElements(By.cssSelector("#document-text mark.count"));
    assertThat(counts.stream().map(WebElement::getText).toList()).contains("62");
    WebElement sixtyTwo = counts.stream().filter(c -> c.getText().equals("62")).findFirst().orElseThrow();
    // the mark is painted in its own colour, not just tagged
    assertThat(sixtyTwo.getCssValue("background-color")).isNotIn("rgba(0, 0, 0, 0)", "transparent");
    assertThat(browser.findElement(By.id("legend")).getText()).contains("count", "actor", "place", "date");
    screenshot(test);
  }

  @Test
  void searchFindsAKnownWord(TestInfo test) throws Exception {
    browser.get(served.url("/search"));
    browser.findElement(By.id("q")).sendKeys("airport");
    browser.findElement(By.cssSelector("form.search button")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("hits")));
    assertThat(browser.findElements(By.cssSelector("#hits mark.hit")).stream().map(WebElement::getText).toList())
        .anySatisfy(t -> assertThat(t).isEqualToIgnoringCase("airport"));
    assertThat(browser.findElement(By.id("hits")).getText()).contains("Sputnik", "Deir ez-Zor airport");
    // the word is marked inside the passage the index gave, and painted
    WebElement hit = browser.findElement(By.cssSelector("#hits p.snippet mark.hit"));
    assertThat(hit.getCssValue("background-color")).isNotIn("rgba(0, 0, 0, 0)", "transparent");
    screenshot(test);
  }

  @Test
  @DisplayName("a hostile query, and a passage cut from a hostile article, render as inert text")
  void hostileSearchIsInert(TestInfo test) throws Exception {
    String q = "onerror=alert(2) <script>alert(7)</script>\" onfocus=\"alert(8)";
    browser.get(served.url("/search?q=" + URLEncoder.encode("onerror=alert(2) <script>", StandardCharsets.UTF_8)));
    assertNoDialog();
    assertThat(browser.findElements(By.cssSelector("main script, main img, main [onerror], main [onfocus]")))
        .isEmpty();
    assertThat(browser.findElement(By.id("hits")).getText()).contains("<img src=x onerror=alert(1)>",
        "<script>alert('text')</script>");
    assertThat(browser.findElements(By.cssSelector("#hits mark.hit")).stream().map(WebElement::getText).toList())
        .contains("script");
    browser.get(served.url("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
    assertNoDialog();
    assertThat(browser.findElements(By.cssSelector("main script, main img, main [onerror], main [onfocus]")))
        .isEmpty();
    assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo(q);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Search: " + q);
    screenshot(test);
  }

  @Test
  void tryShowsAPastedArticlesClaims(TestInfo test) throws Exception {
    browser.get(served.url("/try"));
    browser.findElement(By.id("try-text")).sendKeys("Aleppo, May 3, 2016. Twenty-two civilians were killed when"
        + " jets struck a hospital, activists said.");
    browser.findElement(By.id("try-submit")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("try-claims")));
    assertThat(browser.findElement(By.cssSelector("#document-text mark.count")).getText()).isEqualTo("Twenty-two");
    assertThat(browser.findElement(By.id("try-claims")).getText()).contains("killed", "civilians", "22");
    screenshot(test);
  }

  @Test
  void tryShowsAnUploadedFilesClaims(TestInfo test) throws Exception {
    Path article = Files.writeString(folder.resolve("upload.txt"),
        "Homs, June 2, 2016. At least 14 soldiers were killed in an ambush, state media said.");
    browser.get(served.url("/try"));
    browser.findElement(By.id("try-file")).sendKeys(article.toAbsolutePath().toString());
    browser.findElement(By.id("try-submit")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("try-claims")));
    assertThat(browser.findElement(By.cssSelector("#document-text mark.count")).getText()).isEqualTo("At least 14");
    screenshot(test);
  }

  @Test
  @DisplayName("an article carrying <script>, onerror= and javascript: payloads renders as inert text")
  void hostileArticleIsInert(TestInfo test) throws Exception {
    browser.get(served.url("/documents/" + URLEncoder.encode("hostile-1", StandardCharsets.UTF_8)));
    assertNoDialog();
    assertThat(browser.findElements(By.cssSelector("main script, main img, main [onerror], main [onmouseover]")))
        .isEmpty();
    assertThat(browser.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("<script>alert('title')</script>");
    assertThat(browser.findElement(By.id("document-text")).getText()).contains("<img src=x onerror=alert(2)>",
        "javascript:alert(4)");
    browser.get(served.url("/outlets"));
    assertNoDialog();
    assertThat(browser.findElement(By.id("outlet-list")).getText()).contains("<b>Evil</b> \"Outlet\"");
    screenshot(test);
  }
}
