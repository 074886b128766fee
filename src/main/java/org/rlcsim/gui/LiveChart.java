package org.rlcsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javax.swing.JFrame;
import javax.swing.WindowConstants;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One live chart in its own window: lines that grow by a point a day, in one or more panels
 * sharing the day axis. Plain JFreeChart 1.5 (MASON 18's own chart classes need JFreeChart 1.0).
 * Touched only on Swing's thread.
 */
final class LiveChart {
    static final BasicStroke SOLID = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final BasicStroke DASHED = new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {7f, 5f}, 0f);
    private static final Color GRID = new Color(0xDDDDDD);

    /** A line: its name, look, and what it plots from a day's sample (NaN: no point that day). */
    record Line(String name, Color color, BasicStroke stroke, ToDoubleFunction<DaySample> value) {}

    /** A panel: its value axis, whether it counts people (whole-number ticks), and its lines. */
    record Panel(String axis, boolean counts, List<Line> lines) {}

    private final String file;
    private final JFreeChart chart;
    private final List<Line> lines = new ArrayList<>();
    private final List<XYSeries> series = new ArrayList<>();

    LiveChart(String title, String file, List<Panel> panels) {
        this.file = file;
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new NumberAxis("day"));
        plot.setGap(12);
        for (Panel p : panels) {
            XYSeriesCollection data = new XYSeriesCollection();
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
            renderer.setDrawSeriesLineAsPath(true); // else each day's short segment restarts the dashes
            for (Line l : p.lines()) {
                XYSeries s = new XYSeries(l.name(), false, true);
                renderer.setSeriesPaint(data.getSeriesCount(), l.color());
                renderer.setSeriesStroke(data.getSeriesCount(), l.stroke());
                data.addSeries(s);
                lines.add(l);
                series.add(s);
            }
            NumberAxis axis = new NumberAxis(p.axis());
            axis.setAutoRangeIncludesZero(true);
            if (p.counts()) axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            XYPlot panel = new XYPlot(data, null, axis, renderer);
            panel.setBackgroundPaint(Color.WHITE);
            panel.setDomainGridlinePaint(GRID);
            panel.setRangeGridlinePaint(GRID);
            plot.add(panel);
        }
        chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
    }

    /** Adds the day's points, redrawing once for the lot. */
    void add(List<DaySample> samples) {
        for (int i = 0; i < lines.size(); i++) {
            XYSeries s = series.get(i);
            for (DaySample d : samples) {
                if (d.first()) s.clear();
                double v = lines.get(i).value().applyAsDouble(d);
                if (!Double.isNaN(v)) s.add(d.day(), v, false);
            }
            s.fireSeriesChanged();
        }
    }

    JFrame frame() {
        ChartPanel panel = new ChartPanel(chart);
        panel.setPreferredSize(new Dimension(540, 330));
        JFrame frame = new JFrame(chart.getTitle().getText());
        frame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        frame.getContentPane().add(panel);
        frame.pack();
        return frame;
    }

    void save(Path dir) throws IOException {
        ChartUtils.saveChartAsPNG(dir.resolve(file).toFile(), chart, 840, 540);
    }

    /** The points of every line so far (tests read them). */
    int points() {
        return series.stream().mapToInt(XYSeries::getItemCount).sum();
    }
}
