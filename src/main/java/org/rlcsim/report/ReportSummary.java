package org.rlcsim.report;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The plain-words paragraphs at the top of the report: what was run, and how to read the charts. */
final class ReportSummary {
    // a value on the same line, up to a comment; "scenario:" followed by a nested block has none
    private static final Pattern SCENARIO_LINE = Pattern.compile("^scenario:[ \\t]*([^#\\s][^#\\n]*)",
            Pattern.MULTILINE);

    private ReportSummary() {}

    /** One paragraph of HTML: scenario, design points, runs, days. */
    static String whatWasRun(BatchReportInput input, Aggregates data) {
        int points = input.points().size();
        StringBuilder b = new StringBuilder();
        b.append("This batch ran ");
        b.append(scenario(input.resolvedExperimentYaml()).map(s -> "the scenario <code>" + Html.escape(s) + "</code>")
                .orElse("the experiment's scenario"));
        if (points <= 1) {
            b.append(" as one design point");
        } else {
            b.append(" at ").append(points).append(" design points");
            if (!input.variedKeys().isEmpty()) {
                b.append(", varying ").append(keys(input.variedKeys()));
            }
        }
        b.append(points <= 1 ? ". It was run " : ". Each point was run ").append(runs(data.runsPerPoint()))
                .append(", each run with its own random seed, and followed for ").append(span(data.lastDay()))
                .append(" from the start of observation (after the burn-in that lets the community settle). ")
                .append("The charts and tables compare people who came to the RLC with people from the same "
                        + "community who never came.");
        return b.toString();
    }

    /** How to read lines, bands and the group comparison, in one paragraph of HTML. */
    static String howToRead() {
        return "Each line, bar or dot is the mean over the runs; the shaded band, whisker or bar around it is the "
                + "95% confidence interval of that mean. The interval says how far the result could still move "
                + "with more runs, not how much people differ from one another; where the intervals of two groups "
                + "do not overlap, the difference is not down to chance in the simulation. People choose whether "
                + "to come to the RLC, so a difference between those who came and those who never did is not all "
                + "the RLC's doing: to see what the RLC itself changes, compare design points, or a run without "
                + "the RLC (<code>scenarios/no-rlc.yaml</code>).";
    }

    /**
     * The experiment's scenario file, when a top-level line names it ({@code scenario: path}). A
     * line is enough here: the batch engine has already validated the file, and a YAML parser
     * would add a third of a second to a cold start for one value.
     */
    static Optional<String> scenario(String yaml) {
        Matcher m = SCENARIO_LINE.matcher(yaml);
        if (!m.find()) return Optional.empty();
        String value = m.group(1).strip();
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            value = value.substring(1, value.length() - 1);
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static String keys(List<String> keys) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) b.append(i == keys.size() - 1 ? " and " : ", ");
            b.append("<code>").append(Html.escape(keys.get(i))).append("</code>");
        }
        return b.toString();
    }

    private static String runs(List<Long> perPoint) {
        long min = perPoint.stream().mapToLong(Long::longValue).min().orElse(0);
        long max = perPoint.stream().mapToLong(Long::longValue).max().orElse(0);
        if (min == max) return max == 1 ? "once" : max + " times";
        return "between " + min + " and " + max + " times";
    }

    /** "1,095 days (3 years)": days are counted from day 0 to the last observed day. */
    static String span(int lastDay) {
        int days = lastDay + 1;
        double years = days / 365.0;
        String y = Math.abs(years - Math.rint(years)) < 0.02
                ? Numbers.format(Math.rint(years)) : OutcomeTable.number(years, 1);
        String unit = y.equals("1") ? " year" : " years";
        if (days < 365) {
            return OutcomeTable.number(days, 0) + " days";
        }
        return OutcomeTable.number(days, 0) + " days (about " + y + unit + ")";
    }
}
