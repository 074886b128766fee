package org.rlcsim.experiment;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rlcsim.observe.Group;
import org.rlcsim.observe.Metric;
import org.rlcsim.observe.Observation;
import org.rlcsim.observe.TimetableUse;
import org.rlcsim.report.CsvFile;

/**
 * One run of a batch and its part files: its rows of timeseries.csv (as text, ready to be
 * joined), the same values in binary at full precision (what aggregate.csv is computed from),
 * its planner's figures per activity, and its row of runs.csv. The row is renamed into place last, so a run is finished exactly when
 * its row part exists.
 */
final class RunPart {
    static final String TIMESERIES = "timeseries.csv";
    static final String VALUES = "values";
    static final String ROW = "row.csv";
    static final String ACTIVITIES = "activities.csv";
    /** Days between rows of the time series, as {@code rlcsim run} writes them by default. */
    static final int EVERY = 7;
    /** Bytes of one value in a values part: day (int), group and metric (ordinal bytes), value (double). */
    static final int VALUE_BYTES = Integer.BYTES + 2 + Double.BYTES;

    private RunPart() {}

    static boolean isFinished(BatchFolder folder, int run) {
        return Files.exists(folder.part(run, ROW));
    }

    static void run(Experiment experiment, int run, BatchFolder folder) throws IOException {
        Path series = folder.part(run, TIMESERIES), values = folder.part(run, VALUES);
        Path seriesTemporary = BatchFolder.temporary(series), valuesTemporary = BatchFolder.temporary(values);
        Observation observation;
        try (CsvFile csv = new CsvFile(seriesTemporary, BatchTables.TIMESERIES);
             DataOutputStream binary = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(valuesTemporary)))) {
            observation = new Observation(EVERY, row -> {
                csv.row(run, row.day(), row.group().key(), row.metric().key(), row.value());
                try {
                    binary.writeInt(row.day());
                    binary.writeByte(row.group().ordinal());
                    binary.writeByte(row.metric().ordinal());
                    binary.writeDouble(row.value());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            // one thread per run: a batch keeps the cores busy with runs side by side
            SingleRun.run(experiment.parametersOf(run), observation, 1);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        BatchFolder.rename(seriesTemporary, series);
        BatchFolder.rename(valuesTemporary, values);
        BatchFolder.write(folder.part(run, ACTIVITIES), f -> {
            try (CsvFile csv = new CsvFile(f, BatchTables.ACTIVITIES)) {
                for (TimetableUse.ActivitySummary a : observation.timetableSummary()) {
                    for (int m = 0; m < TimetableUse.SUMMARY_METRICS.size(); m++) {
                        csv.row(run, experiment.pointOf(run), experiment.replicationOf(run), a.activity(),
                                TimetableUse.SUMMARY_METRICS.get(m), a.values().get(m));
                    }
                }
            }
        });
        BatchFolder.write(folder.part(run, ROW), f -> {
            try (CsvFile csv = new CsvFile(f, BatchTables.runs(experiment.varied()))) {
                csv.row(row(experiment, run, observation.summary()));
            }
        });
    }

    private static List<Object> row(Experiment e, int run, Map<Group, Map<Metric, Double>> summary) {
        List<Object> row = new ArrayList<>(List.of(run, e.pointOf(run), e.replicationOf(run), e.seedOf(run)));
        row.addAll(e.points().get(e.pointOf(run)).values().values());
        for (Group g : Group.values()) {
            for (Metric m : Metric.values()) row.add(summary.get(g).get(m));
        }
        return row;
    }
}
