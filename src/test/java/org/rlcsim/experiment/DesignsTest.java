package org.rlcsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.rlcsim.scenario.ExperimentFile.Factor;
import org.rlcsim.scenario.ExperimentFile.Range;
import org.rlcsim.scenario.Setting;

/** Factorial and Latin hypercube designs. */
class DesignsTest {

    @Property(tries = 300)
    void everyDimensionHasExactlyOneSamplePerStratum(@ForAll @IntRange(min = 1, max = 300) int n,
                                                     @ForAll @IntRange(min = 1, max = 8) int dimensions,
                                                     @ForAll long seed) {
        double[][] points = LatinHypercube.sample(n, dimensions, new MersenneTwisterFast(seed));
        assertEquals(n, points.length);
        for (int d = 0; d < dimensions; d++) {
            boolean[] taken = new boolean[n];
            for (double[] p : points) {
                assertTrue(p[d] >= 0 && p[d] < 1, "in the unit interval: " + p[d]);
                int s = LatinHypercube.stratum(p[d], n);
                assertTrue(!taken[s], "stratum " + s + " of dimension " + d + " taken twice");
                taken[s] = true;
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameDesign() {
        double[][] a = LatinHypercube.sample(20, 3, new MersenneTwisterFast(9));
        double[][] b = LatinHypercube.sample(20, 3, new MersenneTwisterFast(9));
        for (int i = 0; i < 20; i++) assertArrayEquals(a[i], b[i]);
    }

    @Test
    void factorialHasEveryCombinationFirstKeySlowest() throws Exception {
        List<List<Setting>> points = Designs.factorial(List.of(levels("a", "1", "2"), levels("b", "x", "y", "z"),
                levels("c", "on", "off")));
        assertEquals(2 * 3 * 2, points.size());
        assertEquals("[a=1, b=x, c=on]", points.get(0).toString());
        assertEquals("[a=1, b=x, c=off]", points.get(1).toString());
        assertEquals("[a=2, b=z, c=off]", points.get(11).toString());
        assertEquals(12, points.stream().map(Object::toString).distinct().count());
    }

    @Test
    void sampledNumbersAreRoundedToTheDigitsFilesShowAndStayInRange() {
        Factor f = range("rlc.atmosphere.openness", 0.1, 0.9, false);
        List<List<Setting>> points = Designs.latinHypercube(List.of(f), 50, 3);
        for (List<Setting> p : points) {
            String text = p.get(0).text();
            double v = Double.parseDouble(text);
            assertTrue(v >= 0.1 && v <= 0.9, text);
            assertTrue(text.replace("0.", "").replaceFirst("^0+", "").length() <= 6, text);
        }
    }

    @Test
    void wholeNumberKeysGetEveryWholeNumberEquallyOften() {
        Factor f = range("rlc.staff", 2, 5, true);
        Map<String, Integer> counts = new HashMap<>();
        for (List<Setting> p : Designs.latinHypercube(List.of(f), 40, 11)) counts.merge(p.get(0).text(), 1, Integer::sum);
        assertEquals(Map.of("2", 10, "3", 10, "4", 10, "5", 10), counts);
    }

    @Test
    void listedValuesInAHypercubeAreEquallyStratified() {
        Factor f = levels("mechanisms.coping", "on", "off");
        Map<String, Integer> counts = new HashMap<>();
        for (List<Setting> p : Designs.latinHypercube(List.of(f, range("days", 10, 20, true)), 10, 5)) {
            counts.merge(p.get(0).text(), 1, Integer::sum);
        }
        assertEquals(Map.of("on", 5, "off", 5), counts);
    }

    private static Factor levels(String key, String... values) {
        List<Setting> s = new ArrayList<>();
        for (String v : values) s.add(Setting.of(key, v, "exp.yaml", 3));
        return new Factor(key, s, null, false, "exp.yaml", 3);
    }

    private static Factor range(String key, double min, double max, boolean whole) {
        return new Factor(key, null, new Range(min, max), whole, "exp.yaml", 3);
    }
}
