package org.rlcsim.scenario;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The text of a scenario file, read once so that it can be resolved many times with different
 * settings (the points of an experiment) without going back to the disk.
 *
 * @param name the file as the user named it; messages and the resolved scenario's source use it
 * @param yaml the file's text
 */
public record ScenarioText(String name, String yaml) {

    /** The file's name without folder and extension: what results folders and experiments are named after. */
    public static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
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
