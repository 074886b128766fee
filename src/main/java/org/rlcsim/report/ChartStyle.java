package org.rlcsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.rlcsim.observe.Group;

/** The one look every report chart shares: fonts, group colours and names, plain white plots. */
final class ChartStyle {
    static final List<Group> COMPARED = List.of(Group.ATTENDERS, Group.NON_ATTENDERS);

    private static final Font TITLE = new Font("SansSerif", Font.BOLD, 18);
    private static final Font SUBTITLE = new Font("SansSerif", Font.PLAIN, 13);
    static final Font LABEL_FONT = new Font("SansSerif", Font.PLAIN, 13);
    static final Font TICK_FONT = new Font("SansSerif", Font.PLAIN, 12);
    private static final Font HEADING = new Font("SansSerif", Font.BOLD, 13);
    private static final Color GRID = new Color(0xDDDDDD);
    private static final Color TEXT = new Color(0x222222);
    // JFreeChart formats ticks in the machine's locale; the same report should come out everywhere
    private static final String TICK_PATTERN = "#,##0.###";
    static final BasicStroke LINE = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final float BAND_ALPHA = 0.22f;
    static final BasicStroke WHISKER = new BasicStroke(1.6f);
    static final Shape MARKER = new Ellipse2D.Double(-4.5, -4.5, 9, 9);

    /** A line, band or marker as the legend names it. */
    record LegendEntry(String label, Color color) {
        static LegendEntry of(Group g) {
            return new LegendEntry(ChartStyle.label(g), ChartStyle.color(g));
        }
    }

    private ChartStyle() {}

    /** The words a planner uses for each group. */
    static String label(Group g) {
        return switch (g) {
            case ALL -> "Everyone";
            case ATTENDERS -> "Came to the RLC";
            case NON_ATTENDERS -> "Never came";
        };
    }

    /** Okabe-Ito colours: told apart by readers with colour-blindness and in grey print. */
    static Color color(Group g) {
        return switch (g) {
            case ALL -> new Color(0x555555);
            case ATTENDERS -> new Color(0x0072B2);
            case NON_ATTENDERS -> new Color(0xD55E00);
        };
    }

    /** The half-width renderers draw as mean +- whisker; null, not NaN, draws none. */
    static Number whisker(Estimate e) {
        return e.hasInterval() ? e.halfWidth() : null;
    }

    /** For captions: says which group has no values at all, e.g. nobody came in a run without an RLC. */
    static String absent(Collection<Group> drawn) {
        return absent(COMPARED.stream().map(ChartStyle::label).toList(), drawn.stream().map(ChartStyle::label).toList());
    }

    /** For captions: says which of the lines expected has no values at all. */
    static String absent(List<String> expected, Collection<String> drawn) {
        List<String> absent = new ArrayList<>();
        for (String label : expected) if (!drawn.contains(label)) absent.add("\"" + label + "\"");
        if (absent.isEmpty()) return "";
        return " " + String.join(" and ", absent) + (absent.size() == 1 ? " has" : " have")
                + " no values here: nobody was in that group.";
    }

    static Color translucent(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.round(255 * BAND_ALPHA));
    }

    static NumberAxis valueAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setLabelFont(LABEL_FONT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelPaint(TEXT);
        axis.setAutoRangeIncludesZero(false);
        // one format per axis: DecimalFormat is not safe to share between charts drawn at once
        axis.setNumberFormatOverride(new DecimalFormat(TICK_PATTERN, DecimalFormatSymbols.getInstance(Locale.ROOT)));
        return axis;
    }

    static void plainPlot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    static void plainPlot(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    /** A further line under the subtitle, e.g. which design point the chart shows. */
    static TextTitle note(String text) {
        TextTitle t = new TextTitle(text, SUBTITLE);
        t.setPaint(TEXT);
        t.setHorizontalAlignment(HorizontalAlignment.LEFT);
        t.setPadding(new RectangleInsets(0, 0, 4, 0));
        return t;
    }

    /** A heading in the top left corner of one panel of a chart with several panels. */
    static void heading(XYPlot panel, String text) {
        TextTitle t = new TextTitle(text, HEADING);
        t.setPaint(TEXT);
        t.setBackgroundPaint(new Color(255, 255, 255, 210));
        t.setPadding(new RectangleInsets(2, 4, 2, 4));
        panel.addAnnotation(new XYTitleAnnotation(0.005, 0.995, t, RectangleAnchor.TOP_LEFT));
    }

    /**
     * A chart with a title, a subtitle saying what lines and bands (or dots and bars) are, and a
     * legend built here rather than from the plot, so a chart of several panels names each group
     * once.
     */
    static JFreeChart chart(String title, String subtitle, Plot plot, List<Group> legendGroups, boolean bands) {
        return chartWithLegend(title, subtitle, plot, legendGroups.stream().map(LegendEntry::of).toList(), bands);
    }

    /** As {@link #chart}, with a legend of any lines, e.g. the two scenarios of a comparison. */
    static JFreeChart chartWithLegend(String title, String subtitle, Plot plot, List<LegendEntry> legend,
                                      boolean bands) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        chart.getTitle().setPaint(TEXT);
        chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        TextTitle sub = new TextTitle(subtitle, SUBTITLE);
        sub.setPaint(TEXT);
        sub.setHorizontalAlignment(HorizontalAlignment.LEFT);
        sub.setPadding(new RectangleInsets(2, 0, 4, 0));
        chart.addSubtitle(sub);
        if (!legend.isEmpty()) {
            LegendItemCollection items = new LegendItemCollection();
            for (LegendEntry e : legend) items.add(legendItem(e, bands));
            LegendTitle legendTitle = new LegendTitle(() -> items);
            legendTitle.setItemFont(LABEL_FONT);
            legendTitle.setItemPaint(TEXT);
            legendTitle.setItemLabelPadding(new RectangleInsets(2, 4, 2, 18));
            legendTitle.setFrame(BlockBorder.NONE);
            legendTitle.setPosition(RectangleEdge.TOP);
            legendTitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
            chart.addSubtitle(legendTitle);
        }
        return chart;
    }

    /** A line with (for band charts) a translucent box behind it, or a marker: as the line is drawn. */
    private static LegendItem legendItem(LegendEntry e, boolean band) {
        Color c = e.color();
        Shape box = new Rectangle2D.Double(-12, -6, 24, 12);
        Shape line = new Line2D.Double(-12, 0, 12, 0);
        Paint fill = band ? translucent(c) : c;
        Shape marker = band ? box : MARKER;
        return new LegendItem(e.label(), null, null, null, true, marker, true, fill, false, c, LINE, true, line,
                LINE, c);
    }
}
