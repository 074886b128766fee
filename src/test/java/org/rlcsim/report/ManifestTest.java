package org.rlcsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlcsim.scenario.ScenarioReader;
import org.rlcsim.scenario.ScenarioYaml;

/** manifest.json is the indented JSON an ObjectMapper would write, and reads back to its content. */
class ManifestTest {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @TempDir
    Path tmp;

    @Test
    void aRunsManifestIsWhatObjectMapperWrites() throws Exception {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("participants", 10_000);
        extra.put("threads", 2);
        Path file = tmp.resolve("manifest.json");
        List<String> command = List.of("rlcsim", "run", "scenarios/baseline.yaml", "--set", "rlc.enabled=\"no\"");
        Map<String, Object> scenario = ScenarioYaml.toJsonTree(ScenarioReader.defaults());
        Manifest.write(file, command, "scenarios/baseline.yaml", 42L, scenario, "2026-11-27T02:00:00Z", 1.23456, extra);

        String written = Files.readString(file, StandardCharsets.UTF_8);
        @SuppressWarnings("unchecked")
        Map<String, Object> read = MAPPER.readValue(written, Map.class);
        assertEquals(MAPPER.writeValueAsString(read), written, "the same text as ObjectMapper's");
        assertEquals(command, read.get("command"));
        assertEquals(1.235, read.get("wall_seconds"));
        assertEquals(10_000, read.get("participants"));
        assertEquals(MAPPER.readValue(MAPPER.writeValueAsString(scenario), Map.class), read.get("scenario"));
    }

    @Test
    void everyKindOfValueAsObjectMapperWritesIt() throws Exception {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("text", "tab\t, quote \" and é");
        tree.put("whole", 7);
        tree.put("long", Long.MIN_VALUE);
        tree.put("double", 0.1);
        tree.put("float", 2.5f);
        tree.put("decimal", new BigDecimal("1.50"));
        tree.put("yes", true);
        tree.put("nothing", null);
        tree.put("list", Arrays.asList(1, "two", null, List.of()));
        tree.put("empty", Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Manifest.render(tree, out);
        assertEquals(MAPPER.writeValueAsString(tree), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void refusesAValueItDoesNotKnow() {
        Map<String, Object> tree = Map.of("when", new Object());
        assertThrows(IllegalArgumentException.class, () -> Manifest.render(tree, new ByteArrayOutputStream()));
    }
}
