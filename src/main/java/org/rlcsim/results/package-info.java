/**
 * What batches and comparisons found: the lines of aggregate.csv, activities_aggregate.csv and
 * comparison.csv, and the design points and scenarios they refer to. Made by
 * {@code org.rlcsim.experiment}, read by {@code org.rlcsim.report}, so that neither depends on the
 * other in both directions.
 */
package org.rlcsim.results;
