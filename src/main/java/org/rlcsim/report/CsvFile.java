package org.rlcsim.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * A CSV file written row by row (Unix line ends, RFC 4180 quoting), numbers via {@link Numbers}.
 *
 * <p>Text cells are quoted by Commons CSV's {@link CSVFormat}. Whole numbers and finite doubles,
 * most of the cells of a run or a batch, never need quoting (digits, a sign and a point), so they
 * go straight into the byte buffer: through {@code CSVPrinter} each was a {@code String} scanned
 * character by character and then encoded, and agents.csv of 10,000 people took 0.2 s of a run's
 * end. The bytes are the same either way ({@code CsvFileTest} compares them with
 * {@code CSVPrinter}'s).
 */
public final class CsvFile implements Closeable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    private final ByteText out;
    private final StringBuilder text = new StringBuilder();
    private boolean newRecord = true;

    public CsvFile(Path path, List<String> header) throws IOException {
        this.out = new ByteText(Files.newOutputStream(path));
        row(header);
    }

    public void row(List<?> values) {
        try {
            for (Object v : values) cell(v);
            out.ascii('\n');
            newRecord = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void row(Object... values) {
        row(List.of(values));
    }

    private void cell(Object v) throws IOException {
        if (v instanceof Integer i) {
            number().integer(i);
        } else if (v instanceof Long l) {
            number().integer(l);
        } else if (v instanceof Double d && Double.isFinite(d)) {
            number().ascii(Numbers.format(d));
        } else {
            // text, and the empty cell of a missing value (quoted where it is a record's only
            // cell): as Commons CSV writes them, delimiter included
            text.setLength(0);
            FORMAT.print(Numbers.cell(v), text, newRecord);
            out.utf8(text);
            newRecord = false;
        }
    }

    private ByteText number() throws IOException {
        if (!newRecord) out.ascii(',');
        newRecord = false;
        return out;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
