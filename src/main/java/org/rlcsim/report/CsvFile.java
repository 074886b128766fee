package org.rlcsim.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A CSV file written row by row (Unix line ends, RFC 4180 quoting), numbers via {@link Numbers}. */
public final class CsvFile implements Closeable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    private final CSVPrinter printer;

    public CsvFile(Path path, List<String> header) throws IOException {
        Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        this.printer = new CSVPrinter(w, FORMAT);
        printer.printRecord(header);
    }

    public void row(List<?> values) {
        try {
            for (Object v : values) printer.print(Numbers.cell(v));
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void row(Object... values) {
        row(List.of(values));
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
