package org.rlcsim.experiment;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.rlcsim.report.CsvFile;
import org.rlcsim.results.ActivityFigure;

/**
 * The planner's figures of one point over its replications: for each activity and metric, the
 * mean of the runs' weekly averages with its 95% interval. Read back from the runs' part files
 * (values as written, six significant digits), in run order, so the result does not depend on
 * the order runs finished in. A run without a session leaves a ratio empty; it is left out.
 */
final class ActivityAggregate {
    /** Activity, then metric, in the order the first run listed them. */
    private final Map<List<String>, SummaryStatistics> values = new LinkedHashMap<>();

    void add(Path activitiesPart) throws IOException {
        try (Reader in = Files.newBufferedReader(activitiesPart, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                SummaryStatistics s = values.computeIfAbsent(List.of(r.get("activity"), r.get("metric")),
                        k -> new SummaryStatistics());
                String v = r.get("value");
                if (!v.isEmpty()) s.addValue(Double.parseDouble(v));
            }
        }
    }

    /** @return the rows written, for the report */
    List<ActivityFigure> write(int point, ReplicationStatistics statistics, CsvFile out) {
        List<ActivityFigure> rows = new ArrayList<>();
        for (Map.Entry<List<String>, SummaryStatistics> e : values.entrySet()) {
            SummaryStatistics s = e.getValue();
            double mean = s.getN() == 0 ? Double.NaN : s.getMean();
            double sd = s.getN() < 2 ? Double.NaN : s.getStandardDeviation();
            double half = statistics.halfWidth(s);
            ActivityFigure f = new ActivityFigure(point, e.getKey().get(0), e.getKey().get(1), s.getN(), mean, sd,
                    mean - half, mean + half);
            out.row(f.point(), f.activity(), f.metric(), f.n(), f.mean(), f.sd(), f.ciLow(), f.ciHigh());
            rows.add(f);
        }
        return rows;
    }
}
