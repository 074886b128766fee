package org.rlcsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Positive;

/** Range checks and suggestions, over every key of the schema. */
class ValueProperties {

    /** Keys whose any in-range value is valid on its own (the others take part in cross-field checks). */
    @Provide
    Arbitrary<Key> freeNumericKeys() {
        return Arbitraries.of(ScenarioSchema.keys().stream()
                .filter(k -> k.kind() == Key.Kind.DOUBLE || k.kind() == Key.Kind.INT || k.kind() == Key.Kind.LONG)
                .filter(k -> !k.path().startsWith("initial.") || k.path().equals("initial.employed_share"))
                .filter(k -> !k.path().equals("rlc.staff") && !k.path().equals("rlc.opportunities.leadership"))
                .toList());
    }

    @Provide
    Arbitrary<Key> numericKeys() {
        return Arbitraries.of(ScenarioSchema.keys().stream().filter(k -> k.kind() != Key.Kind.SWITCH
                && k.kind() != Key.Kind.BOOLEAN).toList());
    }

    @Property(tries = 300)
    void everyValueInRangeIsKeptExactly(@ForAll("freeNumericKeys") Key key,
                                        @ForAll @DoubleRange(min = 0, max = 1) double where) throws ScenarioException {
        double max = Math.min(key.max(), key.kind() == Key.Kind.INT ? Integer.MAX_VALUE : 1e15);
        double value = Math.min(max, key.min() + where * (max - key.min()));
        String text = key.kind() == Key.Kind.DOUBLE ? PlainNumber.of(value) : String.valueOf((long) value);
        Object read = Scenarios.read(key.path() + ": " + text + "\n").values().get(key.path());
        assertEquals(text, PlainNumber.of(read));
    }

    @Property(tries = 300)
    void everyValueOutOfRangeIsRefusedWithTheRange(@ForAll("numericKeys") Key key, @ForAll boolean above,
                                                   @ForAll @Positive int by) {
        BigDecimal bound = BigDecimal.valueOf(above ? key.max() : key.min());
        Assume.that(!above || key.max() < 1e18);
        BigDecimal step = key.kind() == Key.Kind.DOUBLE ? new BigDecimal("0.001") : BigDecimal.ONE;
        BigDecimal value = above ? bound.add(step.multiply(BigDecimal.valueOf(by)))
                : bound.subtract(step.multiply(BigDecimal.valueOf(by)));
        String text = value.stripTrailingZeros().toPlainString();
        assertEquals("bad.yaml:1: " + key.path() + ": " + text + " is out of range (" + key.rangeText() + ")",
                Scenarios.error(key.path() + ": " + text + "\n"));
    }

    @Provide
    Arbitrary<String> oneEditTypos() {
        Arbitrary<String> paths = Arbitraries.of(ScenarioSchema.keys().stream().map(Key::path).toList());
        Arbitrary<Integer> kinds = Arbitraries.integers().between(0, 2);
        Arbitrary<Character> letters = Arbitraries.chars().range('a', 'z');
        Arbitrary<Double> positions = Arbitraries.doubles().between(0, 1);
        return Combinators.combine(paths, kinds, letters, positions).as((path, kind, letter, pos) -> {
            int dot = path.lastIndexOf('.') + 1;
            String last = path.substring(dot);
            int i = (int) Math.min(last.length() - 1, pos * last.length());
            String typo = switch (kind) {
                case 0 -> last.substring(0, i) + letter + last.substring(i + 1);
                case 1 -> last.substring(0, i) + last.substring(i + 1);
                default -> last.substring(0, i) + letter + last.substring(i);
            };
            return path.substring(0, dot) + typo;
        }).filter(t -> !SchemaPaths.known().contains(t) && !t.endsWith("."));
    }

    @Property(tries = 300)
    void aOneLetterSlipGetsAKnownSuggestionAtLeastAsClose(@ForAll("oneEditTypos") String typo) {
        String m = Scenarios.error(typo + ": 1\n");
        Matcher suggestion = Pattern.compile("bad\\.yaml:1: " + Pattern.quote(typo)
                + ": unknown key \\(did you mean '([^']+)'\\?\\)").matcher(m);
        assertTrue(suggestion.matches(), m);
        assertTrue(SchemaPaths.known().contains(suggestion.group(1)), m);
        assertTrue(DidYouMean.distance(typo, suggestion.group(1)) <= 1, m);
    }

    @Property(tries = 200)
    void editDistanceIsAMetric(@ForAll("words") String a, @ForAll("words") String b, @ForAll("words") String c) {
        assertEquals(0, DidYouMean.distance(a, a));
        assertEquals(DidYouMean.distance(a, b), DidYouMean.distance(b, a));
        assertTrue(DidYouMean.distance(a, c) <= DidYouMean.distance(a, b) + DidYouMean.distance(b, c));
        assertTrue(DidYouMean.distance(a, b) <= Math.max(a.length(), b.length()));
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("abcde_.").ofMaxLength(10);
    }

    @Property(tries = 100)
    void anExactCandidateIsAlwaysSuggested(@ForAll("words") String w) {
        Assume.that(!w.isEmpty());
        assertEquals(Optional.of(w), DidYouMean.closest(w, List.of("zzzzzzzzzzzz", w)));
    }
}
