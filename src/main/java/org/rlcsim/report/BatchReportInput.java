package org.rlcsim.report;

import java.util.List;
import java.util.Objects;
import org.rlcsim.results.AggregateRow;
import org.rlcsim.results.DesignPoint;

/**
 * Everything the batch report is drawn from: what the batch engine knows at the end of a batch.
 *
 * @param title the report's heading, e.g. "Atmosphere sweep"
 * @param command the command line that reproduces the batch, shown as given
 * @param resolvedExperimentYaml the experiment with every default filled in, shown as given
 * @param variedKeys the scenario keys the design varies, in the experiment file's order (may be empty)
 * @param points the design points, in the design's order
 * @param aggregate the aggregate rows of every point, day, group and metric, in any order
 */
public record BatchReportInput(String title, String command, String resolvedExperimentYaml, List<String> variedKeys,
                               List<DesignPoint> points, List<AggregateRow> aggregate) {
    public BatchReportInput {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(resolvedExperimentYaml, "resolvedExperimentYaml");
        variedKeys = List.copyOf(variedKeys);
        points = List.copyOf(points);
        aggregate = List.copyOf(aggregate);
    }
}
