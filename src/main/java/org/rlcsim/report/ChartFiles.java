package org.rlcsim.report;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;
import org.jfree.svg.ViewBox;

/** Writes each chart as PNG (for slides and documents) and SVG (sharp at any size, and for the HTML page). */
final class ChartFiles {
    /** A chart as written: its two files and the SVG element to put inline in the page. */
    record Written(ReportFigure figure, Path png, Path svg, String svgElement) {}

    /**
     * Deflate effort, 0 (smallest file) to 1 (no compression). The JDK's default spends twice the
     * time of this setting for files under a tenth smaller; drawing and compressing PNGs is most of
     * the report's time.
     */
    private static final float PNG_COMPRESSION_QUALITY = 0.75f;

    private ChartFiles() {}

    /**
     * Writes every chart into {@code dir}, one after another. Drawn on two threads at once (each
     * chart by one thread) they came out the same bytes, once each axis had a number format of
     * its own, but no sooner: at the end of a batch the chart code is new to the JIT, which
     * compiles it on the other core meanwhile (docs/ODD.md, 7.13).
     *
     * @return each chart as written, by name, in the order given
     */
    static Map<String, Written> writeAll(Path dir, List<ReportFigure> figures) throws IOException {
        Files.createDirectories(dir);
        Map<String, Written> written = new LinkedHashMap<>();
        try {
            for (ReportFigure f : figures) written.put(f.name(), write(dir, f));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return written;
    }

    private static Written write(Path dir, ReportFigure f) {
        try {
            Path png = dir.resolve(f.name() + ".png");
            writePng(f, png);
            Path svg = dir.resolve(f.name() + ".svg");
            String element = svgElement(f);
            SVGUtils.writeToSVG(svg.toFile(), element);
            return new Written(f, png, svg, element);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writePng(ReportFigure f, Path file) throws IOException {
        // opaque RGB: the charts have a white background, and the file is a quarter smaller than ARGB
        BufferedImage image = f.chart().createBufferedImage(f.width(), f.height(), BufferedImage.TYPE_INT_RGB, null);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(PNG_COMPRESSION_QUALITY);
        Files.deleteIfExists(file); // the stream below writes over an older file without shortening it
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    private static String svgElement(ReportFigure f) {
        SVGGraphics2D g = new SVGGraphics2D(f.width(), f.height());
        // JFreeSVG's default prefix for clip-path ids is taken from the clock; a fixed prefix per chart
        // keeps files byte-identical between runs and ids unique among the charts of one page
        g.setDefsKeyPrefix(f.name() + "-");
        g.setGeomDoubleConverter(ChartFiles::twoDecimals);
        f.chart().draw(g, new Rectangle(0, 0, f.width(), f.height()));
        g.dispose();
        // a view box lets the page scale the chart to the reader's window
        return g.getSVGElement(null, true, new ViewBox(0, 0, f.width(), f.height()), null, null);
    }

    /** Hundredths of a pixel are finer than any screen shows; full doubles would treble the file size. */
    static String twoDecimals(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return "0";
        long hundredths = Math.round(v * 100);
        if (hundredths == 0) return "0";
        StringBuilder b = new StringBuilder(12);
        if (hundredths < 0) b.append('-');
        long abs = Math.abs(hundredths);
        b.append(abs / 100);
        long rest = abs % 100;
        if (rest != 0) b.append('.').append(rest / 10).append(rest % 10 == 0 ? "" : Long.toString(rest % 10));
        return b.toString();
    }
}
