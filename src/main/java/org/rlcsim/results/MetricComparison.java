package org.rlcsim.results;

import org.rlcsim.observe.Group;
import org.rlcsim.observe.Metric;

/** One metric of one group at the end of the runs, compared between the two scenarios: a line of comparison.csv. */
public record MetricComparison(Metric metric, Group group, PairedComparison values) {}
