package org.rlcsim.report;

import org.jfree.chart.JFreeChart;

/**
 * A chart of the report, ready to be written.
 *
 * @param name the file name without extension, e.g. {@code network-growth}
 * @param caption what the chart shows, in words a planner reads without help (plain text)
 */
record ReportFigure(String name, JFreeChart chart, int width, int height, String caption) {}
