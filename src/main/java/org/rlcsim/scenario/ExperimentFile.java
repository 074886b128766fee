package org.rlcsim.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * An experiment file as written and checked key by key (values of the scenario are checked
 * later, when each design point is resolved): what to run, which values to fix and which to vary.
 *
 * @param name         the file as the user named it
 * @param scenario     the base scenario file, found beside the experiment file or in the current folder
 * @param fixed        values laid over the base scenario for every point: {@code set:}, then
 *                     {@code days:} and {@code seed:}, in that order
 * @param replications runs of each design point, or null when the file does not say
 * @param design       how points are made from the varied keys
 * @param samples      points of a Latin hypercube, or null for a factorial design
 * @param factors      the varied keys, in the order written
 */
public record ExperimentFile(String name, Path scenario, List<Setting> fixed, Integer replications, Design design,
                             Integer samples, List<Factor> factors) {

    public enum Design {
        /** every combination of the listed values */
        FACTORIAL("factorial"),
        /** {@code samples} points, stratified in every varied key */
        LATIN_HYPERCUBE("latin_hypercube");

        private final String key;

        Design(String key) { this.key = key; }

        public String key() { return key; }
    }

    /**
     * One varied key: either values to choose from ({@code levels}, from a list or a
     * {@code {from, to, step}} range) or, for a Latin hypercube only, a {@code {min, max}} range.
     *
     * @param key   dotted scenario key, as {@code --set} takes it
     * @param levels the values, each with where it was written; null for a range
     * @param range  the interval to sample; null for levels
     * @param whole  whether the key takes whole numbers (sampled values are rounded)
     * @param file   the experiment file, for messages about values made from the range
     * @param line   the line of the key in the experiment file
     */
    public record Factor(String key, List<Setting> levels, Range range, boolean whole, String file, int line) {
        public Factor {
            levels = levels == null ? null : List.copyOf(levels);
        }

        /** A value made for this key, reported at the key's line if the scenario refuses it. */
        public Setting setting(String text) {
            return Setting.of(key, text, file, line);
        }
    }

    /** A closed interval of a number key. */
    public record Range(double min, double max) {}
}
