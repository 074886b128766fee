package org.rlcsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.rlcsim.observe.Group;
import org.rlcsim.observe.Metric;
import org.rlcsim.observe.Observation;
import org.rlcsim.observe.PersonRecord;

/** The CSV files of one run: summary.csv and agents.csv (timeseries.csv is streamed while running). */
public final class RunFiles {
    public static final List<String> TIMESERIES_HEADER = List.of("day", "group", "metric", "value");

    private RunFiles() {}

    public static void writeSummary(Map<Group, Map<Metric, Double>> summary, Path file) throws IOException {
        try (CsvFile csv = new CsvFile(file, List.of("group", "metric", "value"))) {
            for (Group g : Group.values()) {
                for (Map.Entry<Metric, Double> e : summary.get(g).entrySet()) {
                    csv.row(g.key(), e.getKey().key(), e.getValue());
                }
            }
        }
    }

    public static void writeAgents(List<PersonRecord> people, Path file) throws IOException {
        try (CsvFile csv = new CsvFile(file, PersonRecord.HEADER)) {
            for (PersonRecord r : people) csv.row(r.values());
        }
    }

    public static void writeTimeseriesRow(CsvFile csv, Observation.Row row) {
        csv.row(row.day(), row.group().key(), row.metric().key(), row.value());
    }
}
