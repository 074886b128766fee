package org.rlcsim.experiment;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rlcsim.report.CsvFile;
import org.rlcsim.results.AggregateRow;
import org.rlcsim.results.ActivityFigure;
import org.rlcsim.results.DesignPoint;
import org.rlcsim.results.Comparison;
import org.rlcsim.results.PairedComparison;
import org.rlcsim.results.MetricComparison;

/**
 * Puts a batch's result files together from its part files, in run order and streaming:
 * runs.csv and timeseries.csv are the parts joined, aggregate.csv is computed one point at a
 * time (a point's runs are consecutive), so memory does not grow with the number of runs. Each
 * file is written under a temporary name and renamed into place.
 */
final class Assembler {
    private Assembler() {}

    /** What the report is drawn from: every line of aggregate.csv and of activities_aggregate.csv. */
    record Assembled(List<AggregateRow> aggregate, List<ActivityFigure> activities) {}

    static Assembled assemble(Experiment e, BatchFolder folder) throws IOException {
        Path runs = folder.result(BatchFolder.RUNS), series = folder.result(BatchFolder.TIMESERIES);
        Path aggregate = folder.result(BatchFolder.AGGREGATE);
        Path runsTemporary = headerOnly(runs, BatchTables.runs(e.varied()));
        Path seriesTemporary = headerOnly(series, BatchTables.TIMESERIES);
        Path aggregateTemporary = BatchFolder.temporary(aggregate);
        Path activities = folder.result(BatchFolder.ACTIVITIES);
        Path activitiesAggregate = folder.result(BatchFolder.ACTIVITIES_AGGREGATE);
        Path activitiesTemporary = headerOnly(activities, BatchTables.ACTIVITIES);
        Path activitiesAggregateTemporary = BatchFolder.temporary(activitiesAggregate);
        // All rows are kept for the report: about 15,000 a point (weekly days x groups x metrics),
        // so 40 MB for 27 points; a report of a very large sweep would need to read aggregate.csv instead.
        List<AggregateRow> all = new ArrayList<>();
        List<ActivityFigure> activityFigures = new ArrayList<>();
        ReplicationStatistics statistics = new ReplicationStatistics();
        try (OutputStream runsOut = append(runsTemporary); OutputStream seriesOut = append(seriesTemporary);
             CsvFile aggregateOut = new CsvFile(aggregateTemporary, BatchTables.AGGREGATE);
             OutputStream activitiesOut = append(activitiesTemporary);
             CsvFile activitiesAggregateOut = new CsvFile(activitiesAggregateTemporary, BatchTables.ACTIVITIES_AGGREGATE)) {
            for (int point = 0; point < e.points().size(); point++) {
                PointAggregate values = new PointAggregate(point);
                ActivityAggregate planner = new ActivityAggregate();
                for (int replication = 0; replication < e.replications(); replication++) {
                    int run = point * e.replications() + replication;
                    appendBody(folder.part(run, RunPart.ROW), runsOut);
                    appendBody(folder.part(run, RunPart.TIMESERIES), seriesOut);
                    values.add(values(folder, run));
                    appendBody(folder.part(run, RunPart.ACTIVITIES), activitiesOut);
                    planner.add(folder.part(run, RunPart.ACTIVITIES));
                }
                activityFigures.addAll(planner.write(point, statistics, activitiesAggregateOut));
                for (AggregateRow r : values.rows(statistics)) {
                    aggregateOut.row(r.point(), r.day(), r.group().key(), r.metric().key(), r.n(), r.mean(), r.sd(),
                            r.ciLow(), r.ciHigh());
                    all.add(r);
                }
            }
        }
        BatchFolder.rename(runsTemporary, runs);
        BatchFolder.rename(seriesTemporary, series);
        BatchFolder.rename(aggregateTemporary, aggregate);
        BatchFolder.rename(activitiesTemporary, activities);
        BatchFolder.rename(activitiesAggregateTemporary, activitiesAggregate);
        BatchFolder.write(folder.result(BatchFolder.POINTS), f -> {
            try (CsvFile csv = new CsvFile(f, BatchTables.points(e.varied()))) {
                for (DesignPoint p : e.points()) {
                    List<Object> row = new ArrayList<>(List.of(p.id()));
                    row.addAll(p.values().values());
                    csv.row(row);
                }
            }
        });
        return new Assembled(all, activityFigures);
    }

    /**
     * For a comparison: takes replication k of A (point 0) and of B (point 1) together, for every
     * k, and writes comparison.csv (each metric and group at the end) and differences.csv (B − A
     * day by day). Streams as {@link #assemble} does: one pair of runs in memory at a time.
     */
    static Comparison pair(Experiment e, BatchFolder folder) throws IOException {
        PairedAggregate pairs = new PairedAggregate(e.parameters().get(0).days() - 1);
        for (int k = 0; k < e.replications(); k++) {
            pairs.add(values(folder, k), values(folder, e.replications() + k));
        }
        Comparison comparison = pairs.comparison(new ReplicationStatistics(), new PairedStatistics());
        BatchFolder.write(folder.result(BatchFolder.COMPARISON), f -> {
            try (CsvFile csv = new CsvFile(f, BatchTables.COMPARISON)) {
                for (MetricComparison m : comparison.atEnd()) {
                    PairedComparison c = m.values();
                    // Arrays.asList, not List.of: no runs needed is null, an empty cell
                    csv.row(Arrays.asList(m.metric().key(), m.group().key(), c.aMean(), c.bMean(), c.difference(),
                            c.differenceLow(), c.differenceHigh(), c.ratio(), c.ratioLow(), c.ratioHigh(), c.effectSize(),
                            c.pValue(), c.n(), c.sdDifference(), c.replicationsNeeded()));
                }
            }
        });
        BatchFolder.write(folder.result(BatchFolder.DIFFERENCES), f -> {
            try (CsvFile csv = new CsvFile(f, BatchTables.DIFFERENCES)) {
                for (AggregateRow r : comparison.differences()) {
                    csv.row(r.day(), r.group().key(), r.metric().key(), r.n(), r.mean(), r.sd(), r.ciLow(), r.ciHigh());
                }
            }
        });
        return comparison;
    }

    private static ByteBuffer values(BatchFolder folder, int run) throws IOException {
        return ByteBuffer.wrap(Files.readAllBytes(folder.part(run, RunPart.VALUES)));
    }

    /** Starts the temporary copy of {@code target} with its header line, written as every CSV file is. */
    private static Path headerOnly(Path target, List<String> header) throws IOException {
        Path temporary = BatchFolder.temporary(target);
        new CsvFile(temporary, header).close();
        return temporary;
    }

    private static OutputStream append(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.APPEND), 1 << 16);
    }

    /** Copies a part file without its header line. */
    private static void appendBody(Path part, OutputStream out) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(part), 1 << 16)) {
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                // skip the header
            }
            in.transferTo(out);
        }
    }
}
