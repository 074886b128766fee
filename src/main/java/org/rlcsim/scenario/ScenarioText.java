package org.rlcsim.scenario;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a scenario file, read once so that it can be resolved many times with different
 * settings (the points of an experiment) without going back to the disk.
 *
 * @param name the file as the user named it; messages and the resolved scenario's source use it
 * @param yaml the file's text
 */
public record ScenarioText(String name, String yaml) {
    /** A full stop, then a space and a capital letter (or the end): not the dot of "e.g." or "0.5". */
    private static final Pattern SENTENCE_END = Pattern.compile("\\.(?=\\s+[A-Z]|\\s*$)");

    /** The file's name without folder and extension: what results folders and experiments are named after. */
    public static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * The first sentence of the comment a scenario file opens with, which says what the scenario
     * is (every shipped scenario has one), for reports; "" when the file opens with no comment.
     */
    public String description() {
        StringBuilder b = new StringBuilder();
        for (String line : yaml.split("\\R", -1)) {
            String s = line.strip();
            if (!s.startsWith("#")) {
                if (s.isEmpty() && b.length() == 0) continue;
                break;
            }
            String words = s.replaceFirst("^#+", "").strip();
            if (!words.isEmpty()) b.append(b.length() == 0 ? "" : " ").append(words);
        }
        Matcher end = SENTENCE_END.matcher(b);
        return end.find() ? b.substring(0, end.start() + 1) : b.toString();
    }

    /** Reads {@code file}; a missing, unreadable or non-UTF-8 file is a {@link ScenarioException}. */
    public static ScenarioText read(Path file) throws ScenarioException {
        String name = file.toString();
        if (Files.isDirectory(file)) throw new ScenarioException(name, 0, null, "is a folder, not a scenario file");
        try {
            return new ScenarioText(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new ScenarioException(name, 0, null, "no such file");
        } catch (AccessDeniedException e) {
            throw new ScenarioException(name, 0, null, "cannot be read (permission denied)");
        } catch (CharacterCodingException e) {
            throw new ScenarioException(name, 0, null, "is not UTF-8 text");
        } catch (IOException e) {
            String reason = e.getMessage() != null ? e.getMessage() : "input/output error";
            throw new ScenarioException(name, 0, null, "cannot be read: " + reason);
        }
    }
}
