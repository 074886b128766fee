package org.rlcsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * {@code scenarios/baseline.yaml} is the defaults, complete and commented. To regenerate it
 * after changing a default: {@code mvn -o test -Dtest=BaselineFileTest -Drlcsim.regenerateBaseline=true}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BaselineFileTest {

    private static final Path BASELINE = Path.of("scenarios", "baseline.yaml");
    private static final String REGENERATE =
            "; regenerate it with: mvn -o test -Dtest=BaselineFileTest -Drlcsim.regenerateBaseline=true";

    @Test
    @Order(0) // before the checks, so one run regenerates and verifies
    @EnabledIfSystemProperty(named = "rlcsim.regenerateBaseline", matches = "true")
    void regenerate() throws Exception {
        ScenarioYaml.writeDefaults(BASELINE);
    }

    @Test
    void listsEveryKeyOfTheSchema() throws Exception {
        Map<String, ScalarNode> leaves = leaves();
        List<String> expected = new ArrayList<>();
        for (Key k : ScenarioSchema.keys()) expected.add(k.path());
        expected.add(ScenarioSchema.SCHEDULE);
        List<String> written = new ArrayList<>(leaves.keySet());
        written.add(ScenarioSchema.SCHEDULE);
        assertEquals(expected.stream().sorted().toList(), written.stream().sorted().toList(), "keys" + REGENERATE);
        assertTrue(Files.readString(BASELINE).contains("\n  schedule:\n"), "schedule" + REGENERATE);
    }

    @Test
    void holdsTheDefaults() throws Exception {
        ResolvedScenario baseline = ScenarioReader.read(BASELINE, List.of());
        ResolvedScenario defaults = ScenarioReader.defaults();
        assertEquals(defaults.values(), baseline.values(), "values" + REGENERATE);
        assertEquals(DefaultTimetable.activities(), baseline.schedule(), "schedule" + REGENERATE);
    }

    @Test
    void commentsEveryValue() throws Exception {
        List<String> lines = Files.readAllLines(BASELINE);
        for (Map.Entry<String, ScalarNode> leaf : leaves().entrySet()) {
            ScalarNode value = leaf.getValue();
            String rest = lines.get(value.getEndMark().getLine()).substring(value.getEndMark().getColumn());
            assertTrue(rest.matches(" +# \\S.*"), leaf.getKey() + " has no comment: " + rest);
        }
    }

    @Test
    void startsWithItsHeader() throws Exception {
        String text = Files.readString(BASELINE);
        assertTrue(text.startsWith("# rlcsim baseline: a community of people with SMI and its peer-run Recovery Learning\n"
                + "# Community, with every parameter at its default. Calibrated against patterns P1-P10,\n"
                + "# see docs/ODD.md."), text.substring(0, 200));
    }

    @Test
    void isWhatWriteDefaultsWritesToday() throws Exception {
        StringBuilder expected = new StringBuilder(ScenarioYaml.BASELINE_HEADER);
        ScenarioYaml.write(ScenarioReader.defaults(), expected);
        assertEquals(expected.toString(), Files.readString(BASELINE), "scenarios/baseline.yaml is out of date" + REGENERATE);
    }

    /** Scalar values by dotted path, from the raw YAML tree (the schedule left out). */
    private static Map<String, ScalarNode> leaves() throws Exception {
        Node root = new Yaml().compose(new StringReader(Files.readString(BASELINE)));
        Map<String, ScalarNode> out = new LinkedHashMap<>();
        collect("", root, out);
        return out;
    }

    private static void collect(String prefix, Node node, Map<String, ScalarNode> out) {
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            String path = prefix + ((ScalarNode) t.getKeyNode()).getValue();
            if (path.equals(ScenarioSchema.SCHEDULE)) continue;
            if (t.getValueNode() instanceof MappingNode) collect(path + ".", t.getValueNode(), out);
            else out.put(path, (ScalarNode) t.getValueNode());
        }
    }
}
