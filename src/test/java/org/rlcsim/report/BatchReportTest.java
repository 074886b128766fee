package org.rlcsim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlcsim.results.DesignPoint;
import org.rlcsim.observe.Group;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The files BatchReport writes: charts as PNG and SVG, and a self-contained report.html. */
class BatchReportTest {
    private static final List<String> ONE_POINT_CHARTS = List.of("network-growth", "hospital-use-over-time",
            "hospital-use-at-end", "states-over-time");

    /** Written once for the class: drawing 30 charts for every test would make the suite slow. */
    @TempDir
    static Path dir;
    private static List<Path> onePoint;
    private static List<Path> sweep;

    @BeforeAll
    static void writeReports() throws IOException {
        onePoint = BatchReport.write(dir.resolve("one"), SyntheticBatch.onePoint("scenario: baseline.yaml\n"));
        sweep = BatchReport.write(dir.resolve("sweep"), SyntheticBatch.sweep());
    }

    @Test
    void onePointWritesEachChartAsPngAndSvgThenThePage() throws Exception {
        List<Path> files = onePoint;
        Path out = dir.resolve("one");

        assertEquals(2 * ONE_POINT_CHARTS.size() + 1, files.size());
        assertEquals(out.resolve("report.html"), files.get(files.size() - 1));
        for (String name : ONE_POINT_CHARTS) {
            Path png = out.resolve("charts/" + name + ".png");
            Path svg = out.resolve("charts/" + name + ".svg");
            assertTrue(files.contains(png) && files.contains(svg), name);
            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals(TimeSeriesCharts.WIDTH, image.getWidth(), name);
            assertTrue(image.getHeight() >= 300 && image.getHeight() <= 1300, name + ": " + image.getHeight());
            Document doc = parse(svg);
            assertEquals("svg", doc.getDocumentElement().getTagName());
            assertEquals(Integer.toString(image.getWidth()), doc.getDocumentElement().getAttribute("width"));
        }
    }

    @Test
    void svgDrawsALineAndBandPerGroupInEachPanelAndNamesEachGroupOnce() throws Exception {
        Document doc = parse(dir.resolve("one/charts/network-growth.svg"));
        int panels = TimeSeriesCharts.NETWORK.size();
        // one line and one band per panel, and one of each for the legend
        assertEquals(panels + 1, groupsStyled(doc, "stroke:rgb(0,114,178)", "fill:none"));
        assertEquals(panels + 1, groupsStyled(doc, "stroke:rgb(213,94,0)", "fill:none"));
        assertEquals(panels + 1, groupsStyled(doc, "fill:rgb(0,114,178);fill-opacity:0.2", ""));
        assertEquals(1, texts(doc, "Came to the RLC"));
        assertEquals(1, texts(doc, "Never came"));
        assertEquals(1, texts(doc, "Lines: mean of 10 runs; bands: 95% confidence interval"));
        assertEquals(1, texts(doc, "Weeks since observation began"));
    }

    @Test
    void sweepAddsAChartPerVariedKeyAndHeadlineOutcome() throws Exception {
        List<Path> files = sweep;
        Path out = dir.resolve("sweep");
        int overTime = 4 * ONE_POINT_CHARTS.size(); // four points, all drawn over time
        int sweeps = 2 * Measure.HEADLINE.size();
        assertEquals(2 * (overTime + sweeps) + 1, files.size());
        assertTrue(Files.exists(out.resolve("charts/sweep-rlc-atmosphere-openness-network-size.svg")));
        assertTrue(Files.exists(out.resolve("charts/sweep-mechanisms-leadership-er-visits-per-person-year.png")));
        assertTrue(Files.exists(out.resolve("charts/network-growth-point-3.png")));
        BufferedImage image = ImageIO.read(out.resolve("charts/sweep-mechanisms-leadership-friends.png").toFile());
        assertEquals(SweepCharts.WIDTH, image.getWidth());
        assertEquals(SweepCharts.HEIGHT, image.getHeight());
        Document doc = parse(out.resolve("charts/sweep-rlc-atmosphere-openness-friends.svg"));
        assertEquals(1, texts(doc, "Came to the RLC"));
        assertEquals(1, texts(doc, "Openness (rlc.atmosphere.openness)"));
    }

    @Test
    void pageTabulatesTheLastDayWithIntervalsForEachPointAndGroup() throws Exception {
        String html = Files.readString(dir.resolve("sweep/report.html"));

        // point 1, came to the RLC: network size 10 x 1.2 x 1.1 = 13.2 +- 1.32
        String row = tableRow(html, 1, "Came to the RLC");
        assertTrue(row.contains("<td><span class=\"mean\">13.2</span><br><span class=\"ci\">11.9&ndash;14.5</span></td>"), row);
        // lonely share 0.3 x 1.2 x 1.1 = 39.6% +- 3.96
        assertTrue(row.contains("<span class=\"mean\">39.6</span><br><span class=\"ci\">35.6&ndash;43.6</span>"), row);
        // admissions 0.5 x 1.2 x 1.1 = 0.66 +- 0.066
        assertTrue(row.contains("<span class=\"mean\">0.66</span><br><span class=\"ci\">0.59&ndash;0.73</span>"), row);
        // people 500 x 1.2 x 1.1 = 660
        assertTrue(row.contains("<span class=\"mean\">660</span>"), row);
        assertTrue(tableRow(html, 3, "Never came").contains("<span class=\"mean\">13.0</span>"));
        assertTrue(html.contains("<td>0.8</td><td>off</td>"), "design point 3's values");
        assertTrue(html.contains("rowspan=\"3\">1<br><span class=\"unit\">Openness 0.2</span><br>"
                + "<span class=\"unit\">Leadership off</span></th>"), "point 1's values beside its outcomes");
        assertTrue(html.contains("at 4 design points, varying <code>rlc.atmosphere.openness</code> and "
                + "<code>mechanisms.leadership</code>. Each point was run 10 times"));
        assertTrue(html.contains("followed for 50 days"));
        assertTrue(html.contains("the scenario <code>scenarios/baseline.yaml</code>"));
    }

    @Test
    void groupWithoutRowsShowsADash() throws Exception {
        String html = Files.readString(dir.resolve("one/report.html"));
        String everyone = html.substring(html.indexOf("<th scope=\"row\">Everyone</th>"));
        everyone = everyone.substring(0, everyone.indexOf("</tr>"));
        assertEquals(OutcomeTable.COLUMNS.size(), everyone.split("<td>&mdash;</td>", -1).length - 1);
    }

    @Test
    void pageEmbedsEveryChartAndFetchesNothing() throws Exception {
        String html = Files.readString(dir.resolve("sweep/report.html"));

        long charts = sweep.stream().filter(f -> f.toString().endsWith(".svg")).count();
        assertEquals(charts, count(html, "<svg "));
        assertEquals(charts, count(html, "</svg>"));
        assertEquals(charts, count(html, "<figure "));
        assertFalse(html.contains("http://") || html.contains("https://"), "a URL in the page");
        assertFalse(html.contains("<script") || html.contains("<link") || html.contains("<img"));
        assertFalse(html.contains("@import") || html.contains("url(http"));
        // clip-path ids stay unique across the charts sharing the page
        Matcher ids = Pattern.compile("id='([^']+)'").matcher(html);
        Set<String> seen = new HashSet<>();
        while (ids.find()) assertTrue(seen.add(ids.group(1)), "repeated id " + ids.group(1));
        assertTrue(seen.size() > 10);
    }

    @Test
    void pageEscapesTheExperimentAndCommand() throws Exception {
        String yaml = "scenario: a<b>.yaml\nnote: \"Tom & Jerry's <script>\"\n";
        Path out = dir.resolve("escaped");
        BatchReport.write(out, SyntheticBatch.onePoint(yaml));
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<pre>scenario: a&lt;b&gt;.yaml\nnote: &quot;Tom &amp; Jerry&#39;s &lt;script&gt;&quot;\n</pre>"));
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("<pre><code>./rlcsim batch exp.yaml --out results/exp</code></pre>"));
    }

    @Test
    void manyPointsGetChartsOverTimeForTheFirstFourOnly() throws Exception {
        List<DesignPoint> points = new ArrayList<>();
        for (int i = 0; i < 5; i++) points.add(new DesignPoint(i, Map.of("population.participants", 100 * (i + 1))));
        BatchReportInput input = new BatchReportInput("Sizes", "./rlcsim batch sizes.yaml", "vary: {}\n",
                List.of("population.participants"), points,
                SyntheticBatch.rows(5, List.of(Group.ATTENDERS, Group.NON_ATTENDERS), 14, 7));
        Path out = dir.resolve("many");
        List<Path> files = BatchReport.write(out, input);

        assertEquals(2 * (4 * ONE_POINT_CHARTS.size() + Measure.HEADLINE.size()) + 1, files.size());
        assertTrue(Files.exists(out.resolve("charts/states-over-time-point-3.svg")));
        assertFalse(Files.exists(out.resolve("charts/states-over-time-point-4.svg")));
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("drawn for design points 0, 1, 2 and 3 only, the first 4 of 5;"));
        assertTrue(html.contains("rowspan=\"3\">4<br><span class=\"unit\">Participants 500</span></th>"));
    }

    @Test
    void sameInputGivesTheSameBytes() throws Exception {
        List<Path> first = sweep;
        List<Path> second = BatchReport.write(dir.resolve("again"), SyntheticBatch.sweep());
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(dir.resolve("sweep").relativize(first.get(i)), dir.resolve("again").relativize(second.get(i)));
            assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)), first.get(i).toString());
        }
    }

    static Document parse(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        // the file names the SVG 1.1 DTD by URL: never fetch it
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(svg.toFile());
    }

    private static int groupsStyled(Document doc, String style, String alsoStyle) {
        NodeList groups = doc.getElementsByTagName("g");
        int n = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            String s = ((Element) groups.item(i)).getAttribute("style");
            if (s.contains(style) && s.contains(alsoStyle) && groups.item(i).hasChildNodes()) n++;
        }
        return n;
    }

    private static int texts(Document doc, String content) {
        NodeList texts = doc.getElementsByTagName("text");
        int n = 0;
        for (int i = 0; i < texts.getLength(); i++) if (texts.item(i).getTextContent().equals(content)) n++;
        return n;
    }

    private static String tableRow(String html, int point, String group) {
        int table = html.indexOf("<table class=\"outcomes\">");
        int start = html.indexOf("rowspan=\"3\">" + point + "<br>", table);
        int row = html.indexOf("<th scope=\"row\">" + group + "</th>", start);
        return html.substring(row, html.indexOf("</tr>", row));
    }

    private static long count(String text, String part) {
        return Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}
