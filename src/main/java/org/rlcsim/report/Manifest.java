package org.rlcsim.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * manifest.json: what was run, with what, by which version, when and for how long.
 *
 * <p>Written with Jackson's streaming generator rather than an {@code ObjectMapper}: the content
 * is a tree of maps, lists, text and numbers, and databind's first use (building serializers for
 * them) cost 60 to 80 ms of wall time and up to 0.2 s of CPU at the end of every run, while its
 * data files were being written. The text is the same as {@code ObjectMapper}'s with indented
 * output ({@code ManifestTest}).
 */
public final class Manifest {
    private static final JsonFactory JSON = new JsonFactory();

    private Manifest() {}

    public static String programVersion() {
        String v = Manifest.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    public static void write(Path file, List<String> command, String scenarioFile, long seed,
                             Map<String, Object> resolved, String startedAt, double wallSeconds,
                             Map<String, Object> extra) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            render(content(command, scenarioFile, seed, resolved, startedAt, wallSeconds, extra), out);
        }
    }

    /** Writes {@code tree} (maps, lists, text, numbers, booleans, nulls) as indented JSON. */
    static void render(Map<String, Object> tree, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            value(g, tree);
        }
    }

    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Iterable<?> list) {
            g.writeStartArray();
            for (Object item : list) value(g, item);
            g.writeEndArray();
        } else if (v instanceof String text) {
            g.writeString(text);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            g.writeNumber(((Number) v).intValue());
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof Double d) {
            g.writeNumber(d);
        } else if (v instanceof Float f) {
            g.writeNumber(f);
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof BigInteger i) {
            g.writeNumber(i);
        } else {
            throw new IllegalArgumentException("manifest: cannot write a " + v.getClass().getName());
        }
    }

    private static Map<String, Object> content(List<String> command, String scenarioFile, long seed,
                                               Map<String, Object> resolved, String startedAt, double wallSeconds,
                                               Map<String, Object> extra) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("program", "rlcsim");
        m.put("version", programVersion());
        m.put("command", command);
        m.put("scenario_file", scenarioFile);
        m.put("seed", seed);
        m.put("started_at", startedAt);
        m.put("wall_seconds", Math.round(wallSeconds * 1000) / 1000.0);
        m.put("java", System.getProperty("java.version"));
        m.putAll(extra);
        m.put("scenario", resolved);
        return m;
    }
}
