package org.rlcsim.scenario;

import static org.rlcsim.scenario.NodeText.describe;
import static org.rlcsim.scenario.NodeText.isNull;
import static org.rlcsim.scenario.NodeText.quote;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Turns a written value into the Java value of its {@link Key}, checking type and range.
 * Works on the scalar's text rather than on what YAML 1.1 would resolve it to, so that
 * {@code on}, {@code 1_000} and {@code 1e-4} mean what a researcher means by them.
 */
final class ScalarValues {

    private static final Pattern WHOLE = Pattern.compile("[-+]?\\d[\\d_]*");
    private static final Pattern DECIMAL =
            Pattern.compile("[-+]?(\\d[\\d_]*(\\.[\\d_]*)?|\\.\\d[\\d_]*)([eE][-+]?\\d+)?");

    private ScalarValues() {}

    /** The value for {@code key}: Integer, Long, Double or Boolean as {@link ResolvedScenario} documents. */
    static Object parse(Key key, RawValue raw) throws ScenarioException {
        Origin at = raw.at();
        if (!(raw.node() instanceof ScalarNode scalar) || isNull(scalar)) {
            throw at.error(key.path(), "expected " + expectation(key.kind()) + ", got " + describe(raw.node()));
        }
        String text = scalar.getValue().strip();
        return switch (key.kind()) {
            case INT, LONG -> whole(key, text, at);
            case DOUBLE -> decimal(key, text, at);
            case SWITCH, BOOLEAN -> truth(key, text, at);
        };
    }

    static String expectation(Key.Kind kind) {
        return switch (kind) {
            case INT, LONG -> "a whole number";
            case DOUBLE -> "a number";
            case SWITCH -> "on or off";
            case BOOLEAN -> "true or false";
        };
    }

    private static Object whole(Key key, String text, Origin at) throws ScenarioException {
        if (!WHOLE.matcher(text).matches()) throw wrongType(key, text, at);
        BigDecimal value = new BigDecimal(text.replace("_", ""));
        BigDecimal largest = BigDecimal.valueOf(key.kind() == Key.Kind.INT ? Integer.MAX_VALUE : Long.MAX_VALUE);
        // Bounds are doubles; Long.MAX_VALUE as a double is 2^63, one more than a long holds.
        BigDecimal max = new BigDecimal(key.max()).min(largest);
        if (value.compareTo(new BigDecimal(key.min())) < 0 || value.compareTo(max) > 0) throw outOfRange(key, text, at);
        return key.kind() == Key.Kind.INT ? (Object) value.intValueExact() : (Object) value.longValueExact();
    }

    private static Object decimal(Key key, String text, Origin at) throws ScenarioException {
        if (!DECIMAL.matcher(text).matches()) throw wrongType(key, text, at);
        double value = Double.parseDouble(text.replace("_", ""));
        if (value < key.min() || value > key.max()) throw outOfRange(key, text, at);
        return value;
    }

    private static Object truth(Key key, String text, Origin at) throws ScenarioException {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes" -> Boolean.TRUE;
            case "off", "false", "no" -> Boolean.FALSE;
            default -> throw wrongType(key, text, at);
        };
    }

    private static ScenarioException wrongType(Key key, String text, Origin at) {
        return at.error(key.path(), "expected " + expectation(key.kind()) + ", got " + quote(text));
    }

    private static ScenarioException outOfRange(Key key, String text, Origin at) {
        return at.error(key.path(), text + " is out of range (" + key.rangeText() + ")");
    }
}
