package org.rlcsim.gui;

import static org.rlcsim.gui.CommunityLayout.WIDTH;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.function.Supplier;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.TieType;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * The left column of the display: the day and a few counts, then what each colour, shape and
 * place means. It is a layer of the display, so snapshots carry it too.
 */
final class Legend extends FieldPortrayal2D {
    private static final TieType[] TIES = {TieType.RLC_PEER, TieType.RLC_STAFF, TieType.FAMILY, TieType.OUTSIDE,
            TieType.COWORKER};
    private final transient Supplier<RlcModel> model;
    private Graphics2D g;
    private double unit;
    private double x;
    private double y;

    Legend(Supplier<RlcModel> model) {
        this.model = model;
    }

    @Override
    public void draw(Object field, Graphics2D graphics, DrawInfo2D info) {
        g = graphics;
        unit = info.draw.width / WIDTH;
        x = info.draw.x + 1.5 * unit;
        y = info.draw.y + 3.5 * unit;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        RlcModel m = model.get();
        if (m.people() == null) text("Press play in the Console", Font.BOLD, 1.9, Palette.TEXT);
        else status(Headline.of(m));
        heading("People");
        isolationScale();
        symbol(participant(Palette.isolation(0.3), Palette.LEADER_RING, 0.35), "participant leader");
        symbol(hospital(), "in hospital");
        symbol(square(Palette.STAFF), "RLC staff");
        symbol(dot(Palette.FAMILY), "family");
        symbol(dot(Palette.COMMUNITY), "community member");
        symbol(diamond(Palette.COWORKER), "coworker");
        heading("Ties (thicker: stronger)");
        for (TieType t : TIES) tie(t);
        heading("Where people are");
        for (String s : new String[] {"green disc: the RLC, staff in", "the middle, members around", "just outside: came before",
                "dashed ring: never came", "outer band: the people in", "their lives"}) {
            text(s, Font.PLAIN, 1.6, Palette.TEXT);
        }
    }

    private void status(Headline h) {
        text("Day " + h.day(), Font.BOLD, 2.4, Palette.TEXT);
        y += 0.4 * unit;
        text((h.rlcOpen() ? "RLC open: " : "RLC closed: ") + count(h.members(), "member"), Font.PLAIN, 1.7,
                Palette.TEXT);
        text(count(h.leaders(), "leader") + ", " + h.everCame() + " of " + h.participants() + " ever came",
                Font.PLAIN, 1.7, Palette.TEXT);
        text(h.inHospital() + " in hospital, " + count(h.admissions(), "admission"), Font.PLAIN, 1.7, Palette.TEXT);
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private void heading(String s) {
        y += 1.2 * unit;
        text(s, Font.BOLD, 1.8, Palette.TEXT);
    }

    private void text(String s, int style, double size, Color c) {
        g.setFont(new Font(Font.SANS_SERIF, style, (int) Math.round(size * unit)));
        g.setPaint(c);
        g.drawString(s, (float) x, (float) y);
        y += size * 1.35 * unit;
    }

    private void isolationScale() {
        text("participant, coloured by isolation", Font.PLAIN, 1.7, Palette.TEXT);
        double w = 20 * unit, h = 1.4 * unit, top = y - h;
        g.setPaint(new GradientPaint((float) x, 0f, Palette.isolation(0), (float) (x + w / 2), 0f, Palette.isolation(0.5)));
        g.fill(new Rectangle2D.Double(x, top, w / 2, h));
        g.setPaint(new GradientPaint((float) (x + w / 2), 0f, Palette.isolation(0.5), (float) (x + w), 0f,
                Palette.isolation(1)));
        g.fill(new Rectangle2D.Double(x + w / 2, top, w / 2, h));
        g.setPaint(Palette.OUTLINE);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(x, top, w, h));
        y += 1.8 * unit;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(1.5 * unit)));
        g.drawString("connected", (float) x, (float) y);
        String right = "isolated";
        g.drawString(right, (float) (x + w - g.getFontMetrics().stringWidth(right)), (float) y);
        y += 2.4 * unit;
    }

    /** A symbol at the start of the line, then its meaning. */
    private void symbol(Runnable drawSymbol, String meaning) {
        drawSymbol.run();
        double keep = x;
        x += 3 * unit;
        text(meaning, Font.PLAIN, 1.7, Palette.TEXT);
        x = keep;
    }

    private double cx() { return x + 1.1 * unit; }

    private double cy() { return y - 0.6 * unit; }

    private Runnable participant(Color fill, Color ring, double ringWidth) {
        return () -> outlined(circle(cx(), cy(), 1.2 * unit), fill, ring, ringWidth);
    }

    private Runnable hospital() {
        return () -> {
            double r = 1.0 * unit;
            outlined(circle(cx(), cy(), r), Color.WHITE, Palette.HOSPITAL, 0.3);
            g.draw(new Line2D.Double(cx() - 0.55 * r, cy(), cx() + 0.55 * r, cy()));
            g.draw(new Line2D.Double(cx(), cy() - 0.55 * r, cx(), cy() + 0.55 * r));
        };
    }

    private Runnable square(Color fill) {
        return () -> outlined(new Rectangle2D.Double(cx() - unit, cy() - unit, 2 * unit, 2 * unit), fill,
                Palette.OUTLINE, 0.1);
    }

    private Runnable dot(Color fill) {
        return () -> outlined(circle(cx(), cy(), 0.55 * unit), fill, Palette.OUTLINE, 0.1);
    }

    private Runnable diamond(Color fill) {
        return () -> {
            double r = 0.7 * unit;
            Path2D.Double p = new Path2D.Double();
            p.moveTo(cx(), cy() - r);
            p.lineTo(cx() + r, cy());
            p.lineTo(cx(), cy() + r);
            p.lineTo(cx() - r, cy());
            p.closePath();
            outlined(p, fill, Palette.OUTLINE, 0.1);
        };
    }

    private void tie(TieType t) {
        double keep = x;
        g.setPaint(Palette.tie(t, 0.8));
        g.setStroke(new BasicStroke((float) Math.max(1.5, 0.35 * unit), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(x, cy(), x + 2.2 * unit, cy()));
        x += 3 * unit;
        text(Words.tie(t), Font.PLAIN, 1.7, Palette.TEXT);
        x = keep;
    }

    private void outlined(Shape s, Color fill, Color line, double width) {
        g.setPaint(fill);
        g.fill(s);
        g.setPaint(line);
        g.setStroke(new BasicStroke((float) Math.max(1, width * unit)));
        g.draw(s);
    }

    private static Ellipse2D circle(double cx, double cy, double r) {
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }
}
