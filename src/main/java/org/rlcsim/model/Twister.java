package org.rlcsim.model;

import ec.util.MersenneTwisterFast;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * MASON's Mersenne Twister (MT19937, Matsumoto &amp; Nishimura 1998), drawing exactly the same
 * numbers from the same seed, with the refill of its 624-word state in one method of its own.
 *
 * <p>{@link MersenneTwisterFast} writes that refill out again inside each of its methods, so
 * the JIT compiles the loop once per method, and each method is too large to inline into its
 * callers. In a cold 10,000-person run C2 spent 0.3 s of its first two seconds, a fifth of its
 * work then, on {@code nextGaussian}, {@code nextDouble}, {@code nextInt} and {@code nextFloat}
 * while the model waited for compiled code (docs/ODD.md, 7.13). Here a draw is a few lines that
 * inline into the caller.
 *
 * <p>The seeding is MersenneTwisterFast's own (its constructor, then its state read back), and
 * every draw the model uses repeats its arithmetic; {@code TwisterTest} compares the two, draw
 * for draw, over random seeds and sequences of calls. Draws the model does not use throw rather
 * than silently read the superclass's unused state.
 */
final class Twister extends MersenneTwisterFast {
    private static final long serialVersionUID = 1L;
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;
    private static final double TWO_TO_53 = 1L << 53;
    private static final float TWO_TO_24 = 1 << 24;

    // No initialisers: the superclass's constructor sets them through setSeed before they would run.
    private int[] mt;
    /** Index of the next word of {@link #mt}; {@link #N} when the state must be refilled first. */
    private int next;
    private double spareGaussian;
    private boolean haveSpareGaussian;

    Twister(long seed) {
        super(seed);
    }

    Twister(int[] key) {
        super(key);
    }

    @Override
    public void setSeed(long seed) {
        super.setSeed(seed);
        adoptState();
    }

    @Override
    public void setSeed(int[] key) {
        super.setSeed(key);
        adoptState();
    }

    /** Takes over the superclass's freshly seeded state, which only {@code writeState} lets out. */
    private void adoptState() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4 * N + 32);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            super.writeState(out);
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
            mt = new int[N];
            for (int k = 0; k < N; k++) mt[k] = in.readInt();
            in.readInt(); // the two-entry table {0, MATRIX_A}, which is constant
            in.readInt();
            next = in.readInt();
            spareGaussian = in.readDouble();
            haveSpareGaussian = in.readBoolean();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory streams: cannot happen
        }
    }

    /** The next tempered 32-bit word. */
    private int word() {
        if (next >= N) refill();
        int y = mt[next++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** Generates the next 624 words at once. */
    private void refill() {
        int[] s = mt;
        int k = 0;
        for (; k < N - M; k++) s[k] = s[k + M] ^ twist(s[k], s[k + 1]);
        for (; k < N - 1; k++) s[k] = s[k + (M - N)] ^ twist(s[k], s[k + 1]);
        s[N - 1] = s[M - 1] ^ twist(s[N - 1], s[0]);
        next = 0;
    }

    private static int twist(int upper, int lower) {
        int y = (upper & UPPER_MASK) | (lower & LOWER_MASK);
        return (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
    }

    /** 53 random bits from two words, as a double in [0, 1). */
    private static double unit(int y, int z) {
        return ((((long) (y >>> 6)) << 27) + (z >>> 5)) / TWO_TO_53;
    }

    @Override
    public int nextInt() {
        return word();
    }

    @Override
    public long nextLong() {
        int y = word();
        int z = word();
        return (((long) y) << 32) + (long) z;
    }

    @Override
    public double nextDouble() {
        int y = word();
        return unit(y, word());
    }

    @Override
    public float nextFloat() {
        return (word() >>> 8) / TWO_TO_24;
    }

    @Override
    public boolean nextBoolean(double probability) {
        if (probability < 0.0 || probability > 1.0) {
            throw new IllegalArgumentException("probability must be between 0.0 and 1.0 inclusive.");
        }
        if (probability == 0.0) return false;
        if (probability == 1.0) return true;
        return nextDouble() < probability;
    }

    @Override
    public int nextInt(int n) {
        if (n <= 0) throw new IllegalArgumentException("n must be positive, got: " + n);
        if ((n & -n) == n) return (int) ((n * (long) (word() >>> 1)) >> 31);
        int bits;
        int val;
        do {
            bits = word() >>> 1;
            val = bits % n;
        } while (bits - val + (n - 1) < 0);
        return val;
    }

    @Override
    public double nextGaussian() {
        if (haveSpareGaussian) {
            haveSpareGaussian = false;
            return spareGaussian;
        }
        double v1;
        double v2;
        double s;
        do {
            int y = word();
            int z = word();
            int a = word();
            int b = word();
            v1 = 2 * unit(y, z) - 1;
            v2 = 2 * unit(a, b) - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        spareGaussian = v2 * multiplier;
        haveSpareGaussian = true;
        return v1 * multiplier;
    }

    @Override
    public void clearGaussian() {
        haveSpareGaussian = false;
    }

    @Override
    public Object clone() {
        Twister copy = (Twister) super.clone();
        copy.mt = mt.clone();
        return copy;
    }

    // Draws and state access the model does not use: kept from reading the superclass's stale state.

    @Override
    public short nextShort() {
        throw unused();
    }

    @Override
    public char nextChar() {
        throw unused();
    }

    @Override
    public boolean nextBoolean() {
        throw unused();
    }

    @Override
    public boolean nextBoolean(float probability) {
        throw unused();
    }

    @Override
    public byte nextByte() {
        throw unused();
    }

    @Override
    public void nextBytes(byte[] bytes) {
        throw unused();
    }

    @Override
    public long nextLong(long n) {
        throw unused();
    }

    @Override
    public double nextDouble(boolean includeZero, boolean includeOne) {
        throw unused();
    }

    @Override
    public float nextFloat(boolean includeZero, boolean includeOne) {
        throw unused();
    }

    @Override
    public boolean stateEquals(MersenneTwisterFast other) {
        throw unused();
    }

    @Override
    public void readState(DataInputStream stream) {
        throw unused();
    }

    @Override
    public void writeState(DataOutputStream stream) {
        throw unused();
    }

    private static UnsupportedOperationException unused() {
        return new UnsupportedOperationException("not implemented by the model's Twister; use MersenneTwisterFast");
    }
}
