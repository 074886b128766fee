package org.rlcsim;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reading result files back in tests: the rows of a CSV file by column name. */
public final class CsvRows {
    private CsvRows() {}

    public static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    /** The row of comparison.csv for one metric and group. */
    public static CSVRecord comparison(List<CSVRecord> rows, String metric, String group) {
        return rows.stream().filter(r -> r.get("metric").equals(metric) && r.get("group").equals(group)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + metric + " " + group));
    }
}
