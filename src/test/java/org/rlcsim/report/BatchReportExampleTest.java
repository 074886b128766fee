package org.rlcsim.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Writes example reports from synthetic data to look at, and shows the one call a batch makes at
 * its end. Run {@code mvn -o test -Dtest=BatchReportExampleTest}, then open
 * {@code target/batch-report-example/sweep/report.html} (or {@code baseline/}) in a browser.
 */
class BatchReportExampleTest {
    private static final Path OUT = Path.of("target", "batch-report-example");

    @Test
    void writeExampleReports() throws Exception {
        // what the batch engine does when every run is aggregated:
        //   BatchReport.write(outDir, new BatchReportInput(title, command, resolvedYaml, variedKeys, points, rows));
        List<Path> baseline = BatchReport.write(OUT.resolve("baseline"), SyntheticBatch.baselineSized());
        List<Path> sweep = BatchReport.write(OUT.resolve("sweep"), SyntheticBatch.sweep());
        for (Path f : baseline) assertTrue(Files.size(f) > 0, f.toString());
        for (Path f : sweep) assertTrue(Files.size(f) > 0, f.toString());
    }
}
