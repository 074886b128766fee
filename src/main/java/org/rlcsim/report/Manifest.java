package org.rlcsim.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** manifest.json: what was run, with what, by which version, when and for how long. */
public final class Manifest {
    private Manifest() {}

    public static String programVersion() {
        String v = Manifest.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    public static void write(Path file, List<String> command, String scenarioFile, long seed,
                             Map<String, Object> resolved, String startedAt, double wallSeconds,
                             Map<String, Object> extra) throws IOException {
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
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), m);
    }
}
