package org.rlcsim.scenario;

/**
 * A scenario that cannot be run, with where the problem is: the file as the user named it
 * (or {@code --set} for a command-line override), the 1-based line (0 when there is none),
 * the dotted field and what is wrong. {@link #getMessage()} is one line meant for the user,
 * e.g. {@code baseline.yaml:7: rlc.atmosphere.openness: 7 is out of range (0 to 1)}.
 */
public class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String field;
    private final String problem;

    /**
     * @param file    the file as the user named it, or {@code --set}
     * @param line    1-based line, 0 when there is none
     * @param field   dotted path such as {@code rlc.schedule[2].days}, or null when the problem is the whole file
     * @param problem what is wrong, in words for the user
     */
    public ScenarioException(String file, int line, String field, String problem) {
        super(format(file, line, field, problem));
        this.file = file;
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    public String file() { return file; }

    /** 1-based line, 0 when the problem has none (overrides, missing keys, whole-file problems). */
    public int line() { return line; }

    /** The dotted path of the field at fault, or null. */
    public String field() { return field; }

    /** The problem alone, without file, line and field. */
    public String problem() { return problem; }

    /** The user-facing message, so that even a careless {@code println(e)} shows no class name. */
    @Override
    public String toString() {
        return getMessage();
    }

    private static String format(String file, int line, String field, String problem) {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) b.append(':').append(line);
        b.append(": ");
        if (field != null && !field.isEmpty()) b.append(field).append(": ");
        b.append(problem);
        // One line whatever the user's values contain: messages end up in logs and terminals.
        return b.toString().replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
