package org.rlcsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rlcsim.scenario.Scenarios.error;
import static org.rlcsim.scenario.Scenarios.message;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems with the file as a whole, before any key is looked at. */
class ScenarioFileTest {

    @TempDir
    Path dir;

    @Test
    void readsAFileAndKeepsItsNameAsGiven() throws Exception {
        Path file = Files.writeString(dir.resolve("small.yaml"), "seed: 42\n");
        ResolvedScenario s = ScenarioReader.read(file, List.of());
        assertEquals(file.toString(), s.source());
        assertEquals(42L, s.values().get("seed"));
    }

    @Test
    void aMissingFileIsNamedAsGiven() {
        Path missing = Path.of("no-such-folder", "missing.yaml");
        assertEquals("no-such-folder/missing.yaml: no such file",
                message(() -> ScenarioReader.read(missing, List.of())));
    }

    @Test
    void aFolderIsNotAFile() {
        assertEquals(dir + ": is a folder, not a scenario file", message(() -> ScenarioReader.read(dir, List.of())));
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.yaml"), "");
        assertEquals(empty + ": the file is empty", message(() -> ScenarioReader.read(empty, List.of())));
    }

    @Test
    void aFileOfCommentsIsEmpty() {
        assertEquals("bad.yaml: the file is empty", error("# all commented out\n#seed: 3\n\n"));
        assertEquals("bad.yaml: the file is empty", error("---\n"));
    }

    @Test
    void textThatIsNotUtf8IsRefused() throws Exception {
        Path latin1 = Files.write(dir.resolve("latin1.yaml"), "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(latin1 + ": is not UTF-8 text", message(() -> ScenarioReader.read(latin1, List.of())));
    }

    @Test
    void invalidYamlGivesTheParsersReasonOnOneLine() {
        String m = error("seed: 1\nrlc:\n  staff: [1, 2\n");
        assertTrue(m.startsWith("bad.yaml:4: not valid YAML: "), m);
        assertEquals("bad.yaml:2: not valid YAML: mapping values are not allowed here",
                error("seed: 1\ndays: 3: 4\n"));
    }

    @Test
    void aFileHoldsOneDocument() {
        assertEquals("bad.yaml:2: not valid YAML: expected a single document in the stream but found another document",
                error("seed: 1\n---\nseed: 2\n"));
    }

    @Test
    void tabsForIndentationAreInvalidYaml() {
        assertTrue(error("rlc:\n\tstaff: 3\n").startsWith("bad.yaml:2: not valid YAML: "));
    }

    @Test
    void theTopLevelMustBeAMapping() {
        assertEquals("bad.yaml:1: expected a mapping of keys to values at the top level, got a list",
                error("- seed\n- days\n"));
        assertEquals("bad.yaml:1: expected a mapping of keys to values at the top level, got 'hello'",
                error("hello\n"));
    }

    @Test
    void aByteOrderMarkIsIgnored() throws Exception {
        assertEquals(9L, Scenarios.read("\uFEFFseed: 9\n").values().get("seed"));
    }
}
