package org.rlcsim.results;

/**
 * One line of activities_aggregate.csv: a planner's figure for one activity at one point, the
 * mean over the point's replications of the runs' weekly averages, with its 95% interval.
 */
public record ActivityFigure(int point, String activity, String metric, long n, double mean, double sd, double ciLow,
                             double ciHigh) {}
