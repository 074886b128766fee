package org.rlcsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ec.util.MersenneTwisterFast;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The model's Twister draws exactly what MASON's MersenneTwisterFast draws from the same seed. */
class TwisterTest {

    /** One kind of draw, with its argument where it takes one. */
    record Draw(int kind, int n, double p) {
        String apply(MersenneTwisterFast r) {
            return switch (kind) {
                case 0 -> Long.toHexString(Double.doubleToRawLongBits(r.nextDouble()));
                case 1 -> Integer.toString(r.nextInt());
                case 2 -> Integer.toString(r.nextInt(n));
                case 3 -> Integer.toHexString(Float.floatToRawIntBits(r.nextFloat()));
                case 4 -> Long.toHexString(Double.doubleToRawLongBits(r.nextGaussian()));
                case 5 -> Long.toString(r.nextLong());
                case 6 -> Boolean.toString(r.nextBoolean(p));
                default -> {
                    r.clearGaussian();
                    yield "clear";
                }
            };
        }
    }

    @Property(tries = 40)
    void sameDrawsFromALongSeed(@ForAll long seed, @ForAll("draws") List<Draw> draws) {
        assertSame(new MersenneTwisterFast(seed), new Twister(seed), draws);
    }

    @Property(tries = 40)
    void sameDrawsFromAKey(@ForAll @Size(min = 1, max = 8) int[] key, @ForAll("draws") List<Draw> draws) {
        assertSame(new MersenneTwisterFast(key), new Twister(key), draws);
    }

    @Test
    void sameDrawsLongAfterManyRefills() {
        int[] key = {7, 11, 3, 0x5eed};
        MersenneTwisterFast mason = new MersenneTwisterFast(key);
        Twister twister = new Twister(key);
        for (int i = 0; i < 100_000; i++) {
            assertEquals(mason.nextDouble(), twister.nextDouble());
            assertEquals(mason.nextInt(1_000_003), twister.nextInt(1_000_003));
            assertEquals(mason.nextGaussian(), twister.nextGaussian());
        }
    }

    @Test
    void aCopyAndASerialisedCopyDrawWhatTheOriginalDraws() throws Exception {
        Twister original = new Twister(42L);
        for (int i = 0; i < 1000; i++) original.nextDouble();
        original.nextGaussian(); // leaves a spare
        Twister copy = (Twister) original.clone();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(original);
        }
        Twister restored;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            restored = (Twister) in.readObject();
        }
        for (int i = 0; i < 1000; i++) {
            double expected = original.nextGaussian();
            assertEquals(expected, copy.nextGaussian());
            assertEquals(expected, restored.nextGaussian());
        }
    }

    @Test
    void drawsTheModelDoesNotUseAreRefused() {
        Twister twister = new Twister(1L);
        assertThrows(UnsupportedOperationException.class, twister::nextBoolean);
        assertThrows(UnsupportedOperationException.class, () -> twister.nextLong(10));
    }

    @Provide
    Arbitrary<List<Draw>> draws() {
        Arbitrary<Draw> draw = Arbitraries.integers().between(0, 7).flatMap(kind -> Arbitraries.oneOf(
                        Arbitraries.integers().between(1, Integer.MAX_VALUE),
                        Arbitraries.integers().between(0, 30).map(e -> 1 << e))
                .flatMap(n -> Arbitraries.doubles().between(0, 1).map(p -> new Draw(kind, n, p))));
        // long enough to cross several refills of the 624-word state
        return draw.list().ofMinSize(1).ofMaxSize(2000);
    }

    private static void assertSame(MersenneTwisterFast mason, Twister twister, List<Draw> draws) {
        for (int i = 0; i < draws.size(); i++) {
            Draw d = draws.get(i);
            assertEquals(d.apply(mason), d.apply(twister), "draw " + i + " " + d);
        }
    }
}
