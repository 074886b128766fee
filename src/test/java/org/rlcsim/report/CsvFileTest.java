package org.rlcsim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * CsvFile writes numbers itself and leaves text to Commons CSV: whatever the cells, the file must
 * be byte for byte what Commons CSV's printer writes, and read back to the same cells.
 */
class CsvFileTest {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    @Test
    void writesNumbersPlainAndQuotesTextThatNeedsIt() throws IOException {
        List<List<?>> rows = List.of(
                Arrays.asList(1, -2, 3.5, null, "plain"),
                Arrays.asList(null, "a,b", "say \"hi\"", "two\nlines", Double.NaN),
                Arrays.asList(Long.MIN_VALUE, Integer.MIN_VALUE, 0.000123456789, -0.0, "naïve"),
                Arrays.asList((Object) null));
        String written = write(List.of("x", "y", "z", "w", "v"), rows);
        assertEquals("x,y,z,w,v\n"
                + "1,-2,3.5,,plain\n"
                + "\"\",\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\n"
                + "-9223372036854775808,-2147483648,0.000123457,0,naïve\n"
                + "\"\"\n", written);
    }

    @Test
    void aRowOfValuesIsWrittenAsTheSameRowAsAList() throws IOException {
        Path file = Files.createTempFile("csvfile", ".csv");
        try {
            try (CsvFile csv = new CsvFile(file, List.of("a", "b", "c"))) {
                csv.row(7, null, "x,y");
                csv.row(Arrays.asList(7, null, "x,y"));
            }
            assertEquals("a,b,c\n7,,\"x,y\"\n7,,\"x,y\"\n", Files.readString(file, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Property(tries = 300)
    void sameBytesAsCommonsCsv(@ForAll("rows") List<List<Object>> rows) throws IOException {
        List<String> header = List.of("a", "b", "c");
        byte[] ours = write(header, rows).getBytes(StandardCharsets.UTF_8);
        StringWriter theirs = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(theirs, FORMAT)) {
            printer.printRecord(header);
            for (List<Object> row : rows) {
                for (Object v : row) printer.print(Numbers.cell(v));
                printer.println();
            }
        }
        assertArrayEquals(theirs.toString().getBytes(StandardCharsets.UTF_8), ours);
    }

    @Property(tries = 100)
    void readsBackTheSameCells(@ForAll("rows") List<List<Object>> rows) throws IOException {
        String written = write(List.of("a", "b", "c"), rows);
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(written, FORMAT)) {
            records = parser.getRecords();
        }
        assertEquals(rows.size() + 1, records.size());
        for (int r = 0; r < rows.size(); r++) {
            List<String> expected = new ArrayList<>();
            for (Object v : rows.get(r)) expected.add(Numbers.cell(v));
            assertEquals(expected, records.get(r + 1).toList());
        }
    }

    @Provide
    Arbitrary<List<List<Object>>> rows() {
        Arbitrary<Object> cell = Arbitraries.oneOf(
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.doubles().between(-1e9, 1e9).map(d -> (Object) d),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, -0.0, 1e-300, 1e300).map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.strings().withChars("ab ,\"\n\r#é-1.").ofMaxLength(6).map(s -> (Object) s),
                Arbitraries.just(null));
        return cell.list().ofMinSize(1).ofMaxSize(5).list().ofMaxSize(6);
    }

    private static String write(List<String> header, List<? extends List<?>> rows) throws IOException {
        Path file = Files.createTempFile("csvfile", ".csv");
        try {
            try (CsvFile csv = new CsvFile(file, header)) {
                for (List<?> row : rows) csv.row(row);
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
