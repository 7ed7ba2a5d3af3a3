package se.integration.policy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison and diff pages in a real browser: headless Chromium loads each from a file, and its
 * DOM, a screenshot and a printed PDF (A4 landscape) are checked. Skipped where no Chromium is on the
 * PATH (.ci/run installs Debian's chromium where apt is available).
 */
class HeadlessBrowserTest {
    @TempDir static Path dir;
    static String chromium;
    static final String SKIPPED = "skipped: no chromium, chromium-browser or google-chrome on the PATH; the pages are not drawn or "
            + "printed in a browser (install one, e.g. `apt-get install chromium`, to run these tests)";
    static Path page, diffPage;

    @BeforeAll
    static void writeThePages() throws IOException {
        chromium = onPath("chromium", "chromium-browser", "google-chrome");
        if (chromium == null) {
            // said in the build's output, not only in the test report: four skipped tests without a reason look like a fault
            System.err.println("HeadlessBrowserTest: " + SKIPPED);
            return;
        }
        List<String> a = new ArrayList<>(List.of(HtmlReportsTest.compareArgs(HtmlReportsTest.hostileCase(dir), "html")));
        CommandLineTest.Run r = CommandLineTest.run(a.toArray(String[]::new));
        assertThat(r.code()).isZero();
        page = dir.resolve("compare.html");
        Files.writeString(page, r.out(), StandardCharsets.UTF_8);
        CommandLineTest.Run d = CommandLineTest.run("diff", "--format", "html", "jonkoping-2013", "jonkoping-2023");
        assertThat(d.code()).isZero();
        diffPage = dir.resolve("diff.html");
        Files.writeString(diffPage, d.out(), StandardCharsets.UTF_8);
    }

    static String onPath(String... names) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String name : names) {
            for (String d : path.split(File.pathSeparator)) {
                Path p = Path.of(d, name);
                if (Files.isExecutable(p)) return p.toString();
            }
        }
        return null;
    }

    record Ran(int code, String out) {}

    static Ran chromium(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "chromium", ".out");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 120 s");
        }
        return new Ran(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    void theBrowserBuildsThePageWithEveryCaseAndNoScriptFromTheCaseText() throws Exception {
        assumeTrue(chromium != null, SKIPPED);
        Ran r = chromium("--dump-dom", page.toUri().toString());
        assertThat(r.code()).isZero();
        String dom = r.out();
        assertThat(dom).contains("<html lang=\"sv\">").contains("Sammanfattning av påverkan").contains("class=\"differs\"")
                .contains("KOMMUNSTYRELSENS_LEDNINGSUTSKOTT")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script");
        assertThat(dom.split("<section class=\"case", -1)).hasSize(6);
    }

    @Test
    void theBrowserDrawsAScreenshotAndPrintsThePage() throws Exception {
        assumeTrue(chromium != null, SKIPPED);
        drawsAndPrintsInLandscape(page, "compare");
    }

    @Test
    void theBrowserBuildsTheDiffPageWithEachTopicAndTheRulesUnderTheirs() throws Exception {
        assumeTrue(chromium != null, SKIPPED);
        Ran r = chromium("--dump-dom", diffPage.toUri().toString());
        assertThat(r.code()).isZero();
        String dom = r.out();
        assertThat(dom).contains("<html lang=\"sv\">").contains("Skillnader mellan versioner").contains("data-topic=\"PRIORITY\"")
                .contains("data-rule=\"Anvisningar: applications with partners or co-financiers are encouraged\"")
                .contains("data-identity=\"ASSOCIATION/BUDGET\" data-wording=\"true\"")
                .contains("kommunstyrelsens ledningsutskott")
                .doesNotContain("<script");
    }

    @Test
    void theBrowserDrawsAndPrintsTheDiffPage() throws Exception {
        assumeTrue(chromium != null, SKIPPED);
        drawsAndPrintsInLandscape(diffPage, "diff");
    }

    @Test
    void aComparisonOfTheFourJonkopingExamplesPrintsOnAtMostTwentyPages() throws Exception {
        assumeTrue(chromium != null, SKIPPED);
        List<String> args = new ArrayList<>(List.of("compare", "--policies", "jonkoping-2013,jonkoping-2023", "--format", "html"));
        try (var files = Files.list(CommandLineTest.EXAMPLES)) {
            files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(f -> args.add(f.toString()));
        }
        assertThat(args).hasSize(9);
        CommandLineTest.Run r = CommandLineTest.run(args.toArray(String[]::new));
        assertThat(r.code()).isZero();
        Path html = Files.writeString(dir.resolve("four.html"), r.out(), StandardCharsets.UTF_8), pdf = dir.resolve("four.pdf");
        assertThat(chromium("--print-to-pdf=" + pdf, "--no-pdf-header-footer", html.toUri().toString()).code()).isZero();
        Matcher m = MEDIA_BOX.matcher(new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1));
        int pages = 0;
        while (m.find()) pages++;
        // 37 pages with the screen's type and spacing; the print style makes it 18
        assertThat(pages).isBetween(1, 20);
    }

    private static final Pattern MEDIA_BOX = Pattern.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)\\s*\\]");

    /** A screenshot, and a printed PDF whose pages are A4 in landscape (842 × 595 points). */
    static void drawsAndPrintsInLandscape(Path html, String name) throws Exception {
        Path png = dir.resolve(name + ".png"), pdf = dir.resolve(name + ".pdf");
        assertThat(chromium("--window-size=1400,1800", "--hide-scrollbars", "--screenshot=" + png, html.toUri().toString()).code()).isZero();
        byte[] image = Files.readAllBytes(png);
        assertThat(image.length).isGreaterThan(20_000);
        assertThat(new String(image, 1, 3, StandardCharsets.ISO_8859_1)).isEqualTo("PNG");
        assertThat(chromium("--print-to-pdf=" + pdf, "--no-pdf-header-footer", html.toUri().toString()).code()).isZero();
        byte[] printed = Files.readAllBytes(pdf);
        assertThat(new String(printed, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(printed.length).isGreaterThan(20_000);
        Matcher m = MEDIA_BOX.matcher(new String(printed, StandardCharsets.ISO_8859_1));
        int pages = 0;
        while (m.find()) {
            pages++;
            double width = Double.parseDouble(m.group(1)), height = Double.parseDouble(m.group(2));
            assertThat(width).as("A4 landscape width in points").isCloseTo(842, org.assertj.core.data.Offset.offset(2.0));
            assertThat(height).as("A4 landscape height in points").isCloseTo(595, org.assertj.core.data.Offset.offset(2.0));
        }
        assertThat(pages).as("pages with a MediaBox").isPositive();
    }
}
