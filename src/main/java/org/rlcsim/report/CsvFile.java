package org.rlcsim.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;

/**
 * A CSV file written row by row (Unix line ends, RFC 4180 quoting), numbers via {@link Numbers}.
 *
 * <p>Text is quoted by Commons CSV's {@link CSVFormat}, and the few names that fill most text
 * cells (groups, metrics, activities) are quoted once and kept as bytes. Numbers, most cells of a
 * run or a batch, never need quoting (digits, a sign and a point) and go straight into the byte
 * buffer, as do missing values. Through {@code CSVPrinter} every cell was a {@code String}
 * scanned character by character and then encoded; and the weekly rows of a 10,000-person run
 * kept C2 compiling the printer's code while the model ran. The bytes are the same
 * ({@code CsvFileTest} compares them with {@code CSVPrinter}'s).
 */
public final class CsvFile implements Closeable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    private static final int MAX_KEPT_TEXT = 256;
    private final ByteText out;
    private final StringBuilder text = new StringBuilder();
    private final Map<String, byte[]> textCells = new HashMap<>();
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

    /** A row of the values given, null for an empty cell (which {@code List.of} would refuse). */
    public void row(Object... values) {
        row(Arrays.asList(values));
    }

    private void cell(Object v) throws IOException {
        if (v instanceof Integer i) {
            number().integer(i);
        } else if (v instanceof Double d) {
            if (Double.isFinite(d)) number().decimal(d);
            else empty();
        } else if (v == null) {
            empty();
        } else if (v instanceof String s && !newRecord) {
            out.bytes(textAfterDelimiter(s));
        } else if (v instanceof Long l) {
            number().integer(l);
        } else {
            out.utf8(printed(Numbers.cell(v), newRecord)); // as Commons CSV writes it
        }
        newRecord = false;
    }

    /**
     * A missing value (null, NaN): nothing between the delimiters, and as a record's first cell
     * two quotes, so that a record of one empty cell is not an empty line (as Commons CSV does).
     */
    private void empty() throws IOException {
        out.ascii(newRecord ? "\"\"" : ",");
    }

    /**
     * A text cell after the first, delimiter included, as Commons CSV writes it. The same few
     * names (groups, metrics, activities) fill most text cells of a file, so their bytes are kept.
     */
    private byte[] textAfterDelimiter(String s) {
        byte[] b = textCells.get(s);
        if (b == null) {
            b = printed(s, false).toString().getBytes(StandardCharsets.UTF_8);
            if (textCells.size() < MAX_KEPT_TEXT) textCells.put(s, b);
        }
        return b;
    }

    private CharSequence printed(Object value, boolean first) {
        text.setLength(0);
        try {
            FORMAT.print(value, text, first);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder: cannot happen
        }
        return text;
    }

    private ByteText number() throws IOException {
        if (!newRecord) out.ascii(',');
        return out;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
