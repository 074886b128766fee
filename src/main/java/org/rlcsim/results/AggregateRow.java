package org.rlcsim.results;

import org.rlcsim.observe.Group;
import org.rlcsim.observe.Metric;

/**
 * One line of aggregate.csv: a metric of one group on one day, over the replications of one
 * design point. The interval is the 95% confidence interval of the mean (Student's t with
 * n - 1 degrees of freedom); with fewer than two values, sd and the interval are NaN.
 */
public record AggregateRow(int point, int day, Group group, Metric metric, long n, double mean, double sd,
                           double ciLow, double ciHigh) {}
