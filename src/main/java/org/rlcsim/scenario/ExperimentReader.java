package org.rlcsim.scenario;

import static org.rlcsim.scenario.NodeText.describe;
import static org.rlcsim.scenario.NodeText.isNull;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rlcsim.scenario.ExperimentFile.Design;
import org.rlcsim.scenario.ExperimentFile.Factor;
import org.rlcsim.scenario.ExperimentFile.Range;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads an experiment file: the base scenario, values fixed for every run, the design and the
 * varied keys. Everything that can be checked without the base scenario is checked here, with
 * the file, line and key of the problem; the varied values themselves are checked when each
 * design point is resolved into a scenario, and reported at the same place.
 */
public final class ExperimentReader {

    static final String SCENARIO = "scenario";
    static final String SEED = "seed";
    static final String REPLICATIONS = "replications";
    static final String DAYS = "days";
    static final String SET = "set";
    static final String DESIGN = "design";
    static final String SAMPLES = "samples";
    static final String VARY = "vary";

    private static final List<String> KEYS = List.of(SCENARIO, SEED, REPLICATIONS, DAYS, SET, DESIGN, SAMPLES, VARY);
    /** Top-level keys no scenario has: any of them makes a file an experiment. */
    private static final Set<String> EXPERIMENT_ONLY = Set.of(SCENARIO, REPLICATIONS, SET, DESIGN, SAMPLES, VARY);

    private static final String FROM = "from";
    private static final String TO = "to";
    private static final String STEP = "step";
    private static final String MIN = "min";
    private static final String MAX = "max";
    private static final List<String> RANGE_KEYS = List.of(FROM, TO, STEP, MIN, MAX);

    public static final int MAX_REPLICATIONS = 1_000_000;
    public static final int MAX_SAMPLES = 100_000;
    /** Values one {@code {from, to, step}} range may give: more is surely a mistaken step. */
    public static final int MAX_LEVELS = 10_000;

    private static final Key REPLICATIONS_KEY = count(REPLICATIONS, MAX_REPLICATIONS);
    private static final Key SAMPLES_KEY = count(SAMPLES, MAX_SAMPLES);

    /** A key of a mapping in the file, where it was written and its value. */
    private record Entry(String key, Origin at, Node value) {}

    private final Origin file;
    private final String name;

    private ExperimentReader(String name) {
        this.name = name;
        this.file = Origin.ofFile(name);
    }

    /** Whether {@code text} is an experiment rather than a scenario: it has a key only experiments have. */
    public static boolean isExperiment(ScenarioText text) {
        Node root;
        try {
            root = YamlSource.document(text.yaml(), Origin.ofFile(text.name()));
        } catch (ScenarioException e) {
            return false; // reading it as a scenario reports the problem
        }
        if (!(root instanceof MappingNode map)) return false;
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode s && EXPERIMENT_ONLY.contains(s.getValue().strip())) return true;
        }
        return false;
    }

    /**
     * @param text the experiment file; a relative {@code scenario:} is looked for beside it first,
     *             then in the current folder
     */
    public static ExperimentFile read(ScenarioText text) throws ScenarioException {
        return new ExperimentReader(text.name()).read(YamlSource.document(text.yaml(), Origin.ofFile(text.name())));
    }

    private ExperimentFile read(Node root) throws ScenarioException {
        if (!(root instanceof MappingNode map)) {
            throw file.at(root).error(null, "expected a mapping of keys to values at the top level, got " + describe(root));
        }
        Map<String, Entry> entries = topLevel(map);
        Entry scenarioEntry = entries.get(SCENARIO);
        if (scenarioEntry == null) {
            throw file.error(SCENARIO, "missing; name the base scenario file, e.g. scenario: ../baseline.yaml");
        }
        Path scenario = scenarioPath(scenarioEntry);
        List<Setting> fixed = new ArrayList<>();
        if (entries.containsKey(SET)) fixed.addAll(fixedValues(entries.get(SET)));
        for (String key : List.of(DAYS, SEED)) {
            Entry e = entries.get(key);
            if (e != null) fixed.add(new Setting(key, e.value(), e.at()));
        }
        Integer replications = entries.containsKey(REPLICATIONS) ? count(REPLICATIONS_KEY, entries.get(REPLICATIONS)) : null;
        Entry designEntry = entries.get(DESIGN);
        Design design = designEntry != null ? design(designEntry) : Design.FACTORIAL;
        Entry samplesEntry = entries.get(SAMPLES);
        Integer samples = samplesEntry == null ? null : count(SAMPLES_KEY, samplesEntry);
        if (design == Design.LATIN_HYPERCUBE && samples == null) {
            throw designEntry.at().error(DESIGN, "latin_hypercube needs samples: N, the number of points to draw");
        }
        if (design != Design.LATIN_HYPERCUBE && samples != null) {
            throw samplesEntry.at().error(SAMPLES, "only for design: latin_hypercube");
        }
        List<Factor> factors = entries.containsKey(VARY) ? factors(entries.get(VARY), design, fixed) : List.of();
        if (design == Design.LATIN_HYPERCUBE && factors.isEmpty()) {
            throw designEntry.at().error(DESIGN, "latin_hypercube needs keys to vary under vary:");
        }
        return new ExperimentFile(name, scenario, List.copyOf(fixed), replications, design, samples, List.copyOf(factors));
    }

    private Map<String, Entry> topLevel(MappingNode map) throws ScenarioException {
        Map<String, Entry> entries = entries(map, "");
        for (Entry e : entries.values()) {
            if (!KEYS.contains(e.key())) {
                if (SchemaPaths.known().contains(e.key())) {
                    throw e.at().error(e.key(), "a scenario key; in an experiment file it goes under set: (fixed) or vary:");
                }
                throw e.at().error(e.key(), "unknown key in an experiment file" + DidYouMean.hint(DidYouMean.closest(e.key(), KEYS)));
            }
            if (isNull(e.value()) && !e.key().equals(SET) && !e.key().equals(VARY)) throw e.at().error(e.key(), "has no value");
        }
        return entries;
    }

    /** The keys of a mapping in the order written, each once; {@code where} names the mapping in messages. */
    private Map<String, Entry> entries(MappingNode map, String where) throws ScenarioException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            Origin at = file.at(t.getKeyNode());
            String key = TreeWalker.keyName(t.getKeyNode(), at, where);
            Entry first = entries.putIfAbsent(key, new Entry(key, at, t.getValueNode()));
            if (first != null) {
                throw at.error(where.isEmpty() ? key : where + "." + key, "appears twice" + TreeWalker.firstOn(first.at()));
            }
        }
        return entries;
    }

    /** Beside the experiment file first, so experiments can name their scenario relative to themselves. */
    private Path scenarioPath(Entry entry) throws ScenarioException {
        Origin at = entry.at();
        if (!(entry.value() instanceof ScalarNode s) || s.getValue().isBlank()) {
            throw at.error(SCENARIO, "expected the path of a scenario file, got " + describe(entry.value()));
        }
        String written = s.getValue().strip();
        try {
            Path path = Path.of(written);
            if (path.isAbsolute()) {
                if (Files.exists(path)) return path;
            } else {
                Path folder = Path.of(name).getParent();
                Path beside = folder == null ? path : folder.resolve(path).normalize();
                if (Files.exists(beside)) return beside;
                if (Files.exists(path)) return path;
            }
        } catch (InvalidPathException e) {
            throw at.error(SCENARIO, NodeText.quote(written) + " is not a file name");
        }
        throw at.error(SCENARIO, "no such file " + NodeText.quote(written)
                + " (looked beside the experiment file and in the current folder)");
    }

    private List<Setting> fixedValues(Entry entry) throws ScenarioException {
        if (isNull(entry.value())) return List.of();
        if (!(entry.value() instanceof MappingNode map)) {
            throw entry.at().error(SET, "expected scenario keys with their values, got " + describe(entry.value()));
        }
        List<Setting> settings = new ArrayList<>();
        for (Entry e : entries(map, SET).values()) settings.add(new Setting(e.key(), e.value(), e.at()));
        return settings;
    }

    private static Integer count(Key key, Entry entry) throws ScenarioException {
        return (Integer) ScalarValues.parse(key, new RawValue(entry.value(), entry.at()));
    }

    private static Design design(Entry entry) throws ScenarioException {
        Origin at = entry.at();
        List<String> names = new ArrayList<>();
        for (Design d : Design.values()) names.add(d.key());
        if (entry.value() instanceof ScalarNode s) {
            String text = s.getValue().strip().toLowerCase(Locale.ROOT);
            for (Design d : Design.values()) if (d.key().equals(text)) return d;
            throw at.error(DESIGN, "expected " + String.join(" or ", names) + ", got " + NodeText.quote(s.getValue())
                    + DidYouMean.hint(DidYouMean.closest(text, names)));
        }
        throw at.error(DESIGN, "expected " + String.join(" or ", names) + ", got " + describe(entry.value()));
    }

    private List<Factor> factors(Entry entry, Design design, List<Setting> fixed) throws ScenarioException {
        Node value = entry.value();
        if (isNull(value) || (value instanceof MappingNode m && m.getValue().isEmpty())) {
            throw entry.at().error(VARY, "nothing to vary; name at least one key, or leave vary: out to repeat one scenario");
        }
        if (!(value instanceof MappingNode map)) {
            throw entry.at().error(VARY, "expected scenario keys, each with values to try, got " + describe(value));
        }
        List<Factor> factors = new ArrayList<>();
        for (Entry e : entries(map, VARY).values()) {
            checkVariable(e.key(), e.at(), fixed);
            factors.add(factor(e.key(), e.value(), e.at(), design));
        }
        return factors;
    }

    private static void checkVariable(String key, Origin at, List<Setting> fixed) throws ScenarioException {
        if (key.equals(SEED)) {
            throw at.error(key, "each run's seed is derived from the experiment's seed; set seed: at the top level instead");
        }
        boolean known = ScenarioSchema.byPath().containsKey(key) || SchemaPaths.isSection(key)
                || key.equals(ScenarioSchema.SCHEDULE) || Overrides.isScheduleEntry(key);
        if (!known) throw at.error(key, "unknown key" + DidYouMean.hint(DidYouMean.closestPath(key, SchemaPaths.known())));
        for (Setting s : fixed) {
            if (s.key().equals(key)) {
                throw at.error(key, "also fixed" + (s.line() > 0 ? " on line " + s.line() : "") + "; vary it or fix it, not both");
            }
        }
    }

    private Factor factor(String key, Node value, Origin at, Design design) throws ScenarioException {
        Key.Kind kind = numberKind(key);
        boolean whole = kind == Key.Kind.INT || kind == Key.Kind.LONG;
        if (value instanceof SequenceNode list) {
            if (list.getValue().isEmpty()) throw at.error(key, "needs at least one value");
            List<Setting> levels = new ArrayList<>();
            for (Node item : list.getValue()) levels.add(new Setting(key, item, file.at(item)));
            return new Factor(key, levels, null, whole, name, at.line());
        }
        if (!(value instanceof MappingNode map)) {
            throw at.error(key, "expected a list of values"
                    + (design == Design.FACTORIAL ? " or {from, to, step}" : " or {min, max}") + ", got " + describe(value));
        }
        Map<String, RawValue> parts = rangeParts(key, map);
        if (parts.isEmpty()) throw at.error(key, "expected a list of values or a range, got an empty mapping");
        if (kind == null) throw at.error(key, "not a number key, so it takes a list of values, not a range");
        boolean stepped = parts.containsKey(FROM) || parts.containsKey(TO) || parts.containsKey(STEP);
        if (stepped && (parts.containsKey(MIN) || parts.containsKey(MAX))) {
            throw at.error(key, "a range is either {from, to, step} or {min, max}, not both");
        }
        if (stepped && design == Design.LATIN_HYPERCUBE) {
            throw at.error(key, "{from, to, step} is for design: factorial; a latin_hypercube samples {min, max}");
        }
        if (!stepped && design == Design.FACTORIAL) {
            throw at.error(key, "{min, max} is for design: latin_hypercube; a factorial design takes a list or {from, to, step}");
        }
        if (stepped) return new Factor(key, steps(key, parts, at), null, whole, name, at.line());
        return new Factor(key, null, sampled(key, parts, at, whole), whole, name, at.line());
    }

    /** {min, max}: numbers inside the key's range, whole for a whole-number key, min not above max. */
    private static Range sampled(String key, Map<String, RawValue> parts, Origin at, boolean whole)
            throws ScenarioException {
        Key schema = ScenarioSchema.byPath().get(key); // none for a timetable entry's capacity
        double lowest = schema != null ? schema.min() : 1;
        double highest = schema != null ? schema.max() : ActivityFields.MAX_CAPACITY;
        String range = schema != null ? schema.rangeText() : "1 to " + ActivityFields.MAX_CAPACITY;
        double[] bounds = new double[2];
        for (int i = 0; i < 2; i++) {
            String bound = i == 0 ? MIN : MAX;
            double v = number(key, bound, parts, at);
            Origin written = parts.get(bound).at();
            if (whole && v != Math.rint(v)) {
                throw written.error(key + "." + bound, "expected a whole number, got " + PlainNumber.of(v));
            }
            if (v < lowest || v > highest) {
                throw written.error(key + "." + bound, PlainNumber.of(v) + " is out of range (" + range + ")");
            }
            bounds[i] = v;
        }
        if (bounds[0] > bounds[1]) {
            throw parts.get(MIN).at().error(key + "." + MIN, "must not be more than max (" + PlainNumber.of(bounds[1]) + ")");
        }
        return new Range(bounds[0], bounds[1]);
    }

    private Map<String, RawValue> rangeParts(String key, MappingNode map) throws ScenarioException {
        Map<String, RawValue> parts = new LinkedHashMap<>();
        for (Entry e : entries(map, key).values()) {
            if (!RANGE_KEYS.contains(e.key())) {
                throw e.at().error(key + "." + e.key(), "unknown key in a range"
                        + DidYouMean.hint(DidYouMean.closest(e.key(), RANGE_KEYS)) + "; a range is {from, to, step} or {min, max}");
            }
            parts.put(e.key(), new RawValue(e.value(), e.at()));
        }
        return parts;
    }

    /** from, from + step, ... up to to, computed in decimal so that 0.1 steps give 0.3, not 0.30000000000000004. */
    private List<Setting> steps(String key, Map<String, RawValue> parts, Origin at) throws ScenarioException {
        BigDecimal from = decimal(key, FROM, parts, at), to = decimal(key, TO, parts, at), step = decimal(key, STEP, parts, at);
        if (step.signum() <= 0) throw parts.get(STEP).at().error(key + "." + STEP, "must be more than 0");
        if (from.compareTo(to) > 0) throw parts.get(FROM).at().error(key + "." + FROM, "must not be more than to (" + to.stripTrailingZeros().toPlainString() + ")");
        List<Setting> levels = new ArrayList<>();
        RawValue fromAt = parts.get(FROM);
        for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
            if (levels.size() == MAX_LEVELS) {
                throw parts.get(STEP).at().error(key + "." + STEP, "gives more than " + MAX_LEVELS + " values; take a larger step");
            }
            levels.add(Setting.of(key, v.stripTrailingZeros().toPlainString(), name, fromAt.at().line()));
        }
        return levels;
    }

    private static double number(String key, String part, Map<String, RawValue> parts, Origin at) throws ScenarioException {
        RawValue v = parts.get(part);
        if (v == null) throw at.error(key, "the range has no " + part + ":");
        return (Double) ScalarValues.parse(new Key(key + "." + part, Key.Kind.DOUBLE, null,
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, ""), v);
    }

    private static BigDecimal decimal(String key, String part, Map<String, RawValue> parts, Origin at) throws ScenarioException {
        return new BigDecimal(Double.toString(number(key, part, parts, at)));
    }

    /** The kind of a key that takes a number, or null for switches, booleans, sections and timetable text. */
    private static Key.Kind numberKind(String key) {
        Key k = ScenarioSchema.byPath().get(key);
        if (k != null) return k.kind() == Key.Kind.SWITCH || k.kind() == Key.Kind.BOOLEAN ? null : k.kind();
        if (Overrides.isScheduleEntry(key) && key.endsWith("]." + ActivityFields.CAPACITY)) return Key.Kind.INT;
        return null;
    }

    private static Key count(String name, int max) {
        return new Key(name, Key.Kind.INT, null, 1, max, "");
    }
}
