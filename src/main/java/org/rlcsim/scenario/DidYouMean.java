package org.rlcsim.scenario;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Suggestions for misspelt keys and values, by edit distance. */
final class DidYouMean {

    private DidYouMean() {}

    /** The candidate closest to {@code typo}, if it is close enough to be what was meant. */
    static Optional<String> closest(String typo, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(typo, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= tolerance(typo) ? Optional.ofNullable(best) : Optional.empty();
    }

    /**
     * The known dotted path the user probably meant by {@code unknown}: a close spelling of the
     * whole path (a typo in any segment), else the one key elsewhere with the same last segment
     * (a key put in the wrong section, e.g. {@code rlc.openness}).
     */
    static Optional<String> closestPath(String unknown, Collection<String> known) {
        String last = lastSegment(unknown);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(unknown, k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        if (bestDistance <= tolerance(last)) return Optional.of(best);
        String moved = null;
        for (String k : known) {
            if (!lastSegment(k).equalsIgnoreCase(last)) continue;
            if (moved != null) return Optional.empty(); // several sections have it; a guess would mislead
            moved = k;
        }
        return Optional.ofNullable(moved);
    }

    /** " (did you mean 'x'?)" or nothing. */
    static String hint(Optional<String> suggestion) {
        return suggestion.map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /** Edits a typo of this length may plausibly contain. */
    static int tolerance(String typo) {
        int n = typo.length();
        return n <= 3 ? 1 : n <= 6 ? 2 : 3;
    }

    /** Levenshtein distance, ignoring case. */
    static int distance(String a, String b) {
        String s = a.toLowerCase(Locale.ROOT), t = b.toLowerCase(Locale.ROOT);
        int[] previous = new int[t.length() + 1];
        int[] current = new int[t.length() + 1];
        for (int j = 0; j <= t.length(); j++) previous[j] = j;
        for (int i = 1; i <= s.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= t.length(); j++) {
                int substitute = previous[j - 1] + (s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[t.length()];
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
