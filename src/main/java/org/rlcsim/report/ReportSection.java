package org.rlcsim.report;

import java.util.List;

/**
 * A part of the report with its charts.
 *
 * @param id the anchor in the page, e.g. {@code networks}
 * @param intro a sentence of HTML before the charts, or ""
 * @param grid whether the charts are small and sit side by side
 */
record ReportSection(String id, String heading, String intro, List<ReportFigure> figures, boolean grid) {}
