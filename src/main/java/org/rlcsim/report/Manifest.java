package org.rlcsim.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** manifest.json: what was run, with what, by which version, when and for how long. */
public final class Manifest {
    /** Configured once; Jackson's mappers are safe to share once configured. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Manifest() {}

    public static String programVersion() {
        String v = Manifest.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    public static void write(Path file, List<String> command, String scenarioFile, long seed,
                             Map<String, Object> resolved, String startedAt, double wallSeconds,
                             Map<String, Object> extra) throws IOException {
        JSON.writeValue(file.toFile(), content(command, scenarioFile, seed, resolved, startedAt, wallSeconds, extra));
    }

    /**
     * Renders such a manifest, without its wall time, and writes it nowhere. Jackson builds its
     * serializers at first use and the JVM then loads and compiles their code: 60 to 80 ms that a
     * run would otherwise spend after its last data file. A run calls this on the thread that
     * writes the network file, while another writes the CSV files.
     */
    public static void prepare(List<String> command, String scenarioFile, long seed, Map<String, Object> resolved,
                               String startedAt, Map<String, Object> extra) {
        try {
            JSON.writeValue(OutputStream.nullOutputStream(), content(command, scenarioFile, seed, resolved, startedAt, 0.0, extra));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
