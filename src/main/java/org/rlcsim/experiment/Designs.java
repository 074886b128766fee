package org.rlcsim.experiment;

import ec.util.MersenneTwisterFast;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.rlcsim.scenario.ExperimentFile;
import org.rlcsim.scenario.ExperimentFile.Factor;
import org.rlcsim.scenario.ExperimentFile.Range;
import org.rlcsim.scenario.ScenarioException;
import org.rlcsim.scenario.Setting;

/** The points of an experiment's design, each as the settings that make it from the base scenario. */
public final class Designs {
    /** More points than this is surely a mistake (each point is resolved and checked before any run). */
    public static final int MAX_POINTS = 100_000;
    /** Sampled numbers are rounded to the digits result files show, so the files give the exact value used. */
    private static final MathContext DIGITS = new MathContext(6);

    private Designs() {}

    public static List<List<Setting>> points(ExperimentFile experiment, long seed) throws ScenarioException {
        if (experiment.factors().isEmpty()) return List.of(List.of());
        return switch (experiment.design()) {
            case FACTORIAL -> factorial(experiment.factors());
            case LATIN_HYPERCUBE -> latinHypercube(experiment.factors(), experiment.samples(), seed);
        };
    }

    /** Every combination of the factors' levels; the first key varies slowest, as in nested loops in the order written. */
    public static List<List<Setting>> factorial(List<Factor> factors) throws ScenarioException {
        long size = 1;
        for (Factor f : factors) {
            size *= f.levels().size();
            if (size > MAX_POINTS) {
                throw new ScenarioException(f.file(), f.line(), f.key(), "the design would have more than "
                        + MAX_POINTS + " points; vary fewer keys or fewer values");
            }
        }
        List<List<Setting>> points = new ArrayList<>((int) size);
        for (long p = 0; p < size; p++) {
            Setting[] point = new Setting[factors.size()];
            long rest = p;
            for (int d = factors.size() - 1; d >= 0; d--) {
                List<Setting> levels = factors.get(d).levels();
                point[d] = levels.get((int) (rest % levels.size()));
                rest /= levels.size();
            }
            points.add(List.of(point));
        }
        return points;
    }

    /**
     * {@code samples} points of a Latin hypercube drawn with a MersenneTwisterFast seeded with
     * the experiment seed. A {@code {min, max}} range maps each stratum to an equal part of the
     * interval (numbers rounded to 6 significant digits; whole-number keys get each whole number
     * from min to max equally often); a list of values is cut into equal strata, one per value.
     */
    public static List<List<Setting>> latinHypercube(List<Factor> factors, int samples, long seed) {
        double[][] unit = LatinHypercube.sample(samples, factors.size(), new MersenneTwisterFast(seed));
        List<List<Setting>> points = new ArrayList<>(samples);
        for (double[] u : unit) {
            List<Setting> point = new ArrayList<>(factors.size());
            for (int d = 0; d < factors.size(); d++) point.add(value(factors.get(d), u[d]));
            points.add(List.copyOf(point));
        }
        return points;
    }

    static Setting value(Factor f, double u) {
        if (f.levels() != null) return f.levels().get(LatinHypercube.stratum(u, f.levels().size()));
        Range r = f.range();
        if (f.whole()) {
            long lo = (long) r.min(), hi = (long) r.max();
            return f.setting(Long.toString(Math.min(hi, lo + (long) Math.floor(u * (hi - lo + 1)))));
        }
        double v = new BigDecimal(r.min() + u * (r.max() - r.min())).round(DIGITS).doubleValue();
        v = Math.max(r.min(), Math.min(r.max(), v));
        return f.setting(BigDecimal.valueOf(v).stripTrailingZeros().toPlainString());
    }
}
