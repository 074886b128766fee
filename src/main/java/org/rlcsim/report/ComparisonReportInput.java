package org.rlcsim.report;

import java.util.List;
import java.util.Objects;
import org.rlcsim.results.ActivityFigure;
import org.rlcsim.results.AggregateRow;
import org.rlcsim.results.ComparedScenario;
import org.rlcsim.results.Comparison;

/**
 * Everything the report of a comparison is drawn from: what the batch engine knows once the
 * paired runs are put together.
 *
 * @param title        the comparison's name, e.g. "peer-led vs baseline"
 * @param command      the command line that reproduces the comparison, shown as given
 * @param resolvedYaml the comparison as resolved (both scenarios with every value), shown as given
 * @param compared     scenario A, then B
 * @param replications runs of each scenario
 * @param aggregate    each scenario's aggregate rows: point 0 is A, point 1 is B
 * @param comparison   the paired comparison at the end and the differences over time
 * @param activities   each scenario's planner's figures per activity (activities_aggregate.csv)
 */
public record ComparisonReportInput(String title, String command, String resolvedYaml, List<ComparedScenario> compared,
                                    int replications, List<AggregateRow> aggregate, Comparison comparison,
                                    List<ActivityFigure> activities) {
    public ComparisonReportInput {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(resolvedYaml, "resolvedYaml");
        Objects.requireNonNull(comparison, "comparison");
        if (compared.size() != 2) throw new IllegalArgumentException("a comparison has two scenarios");
        compared = List.copyOf(compared);
        aggregate = List.copyOf(aggregate);
        activities = List.copyOf(activities);
    }

    ComparedScenario a() { return compared.get(0); }

    ComparedScenario b() { return compared.get(1); }
}
