package org.rlcsim.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Text gathered as bytes in a buffer and written in blocks, for the large result files. A
 * 10,000-person run writes about 2.5 million pieces of GraphML markup and 400,000 CSV cells;
 * through a {@code BufferedWriter} each piece took a lock and a pass of the UTF-8 encoder, and
 * each number a {@code String}. Numbers and fixed markup are ASCII and are copied as bytes here;
 * other text is encoded as UTF-8.
 */
final class ByteText implements Closeable {
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int n;

    ByteText(OutputStream out) {
        this.out = out;
    }

    /** The bytes of ASCII text, for markup written many times. */
    static byte[] bytesOf(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    ByteText bytes(byte[] b) throws IOException {
        if (n + b.length > buf.length) flush();
        if (b.length > buf.length) {
            out.write(b);
            return this;
        }
        System.arraycopy(b, 0, buf, n, b.length);
        n += b.length;
        return this;
    }

    ByteText ascii(char c) throws IOException {
        if (n == buf.length) flush();
        buf[n++] = (byte) c;
        return this;
    }

    /** Text of ASCII characters only (numbers, names, markup). */
    ByteText ascii(CharSequence s) throws IOException {
        int len = s.length();
        if (n + len > buf.length) flush();
        if (len > buf.length) return bytes(bytesOf(s.toString()));
        for (int i = 0; i < len; i++) buf[n++] = (byte) s.charAt(i);
        return this;
    }

    /** Any text, as UTF-8. */
    ByteText utf8(CharSequence s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return bytes(s.toString().getBytes(StandardCharsets.UTF_8));
        }
        return ascii(s);
    }

    ByteText integer(long value) throws IOException {
        if (n + 20 > buf.length) flush();
        if (value == Long.MIN_VALUE) return ascii(Long.toString(value));
        long v = value;
        if (v < 0) {
            buf[n++] = '-';
            v = -v;
        }
        int digits = 1;
        for (long rest = v / 10; rest > 0; rest /= 10) digits++;
        for (int i = n + digits - 1; i >= n; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        n += digits;
        return this;
    }

    /** A number as {@link Numbers#format} writes it (nothing for NaN), without making a String. */
    ByteText decimal(double value) throws IOException {
        if (n + Numbers.MAX_WRITTEN > buf.length) flush();
        int end = Numbers.write(value, buf, n);
        if (end < 0) return ascii(Numbers.format(value));
        n = end;
        return this;
    }

    private void flush() throws IOException {
        out.write(buf, 0, n);
        n = 0;
    }

    @Override
    public void close() throws IOException {
        try (out) {
            flush();
        }
    }
}
