package org.rlcsim.gui;

import static org.rlcsim.gui.CommunityLayout.CENTRE_X;
import static org.rlcsim.gui.CommunityLayout.CENTRE_Y;
import static org.rlcsim.gui.CommunityLayout.RADIUS;
import static org.rlcsim.gui.CommunityLayout.WIDTH;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.util.function.Supplier;
import org.rlcsim.model.RlcModel;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * The ground the people stand on: the RLC as a green disc (grey once it has closed), a faint
 * ring where people who never came wait, and a pale band for the world outside the RLC.
 */
final class RlcBackdrop extends FieldPortrayal2D {
    private static final Color OUTSIDE_BAND = new Color(0xF5F3EF);
    private static final Color RING = new Color(0xDDDDDD);
    private final transient Supplier<RlcModel> model;

    RlcBackdrop(Supplier<RlcModel> model) {
        this.model = model;
    }

    @Override
    public void draw(Object field, Graphics2D g, DrawInfo2D info) {
        RlcModel m = model.get();
        double unit = info.draw.width / WIDTH;
        double cx = info.draw.x + CENTRE_X * unit, cy = info.draw.y + CENTRE_Y * unit;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Area band = new Area(circle(cx, cy, CommunityLayout.OUTSIDE_TO * RADIUS * unit + unit));
        band.subtract(new Area(circle(cx, cy, CommunityLayout.OUTSIDE_FROM * RADIUS * unit - unit)));
        g.setPaint(OUTSIDE_BAND);
        g.fill(band);
        g.setPaint(RING);
        g.setStroke(new BasicStroke((float) Math.max(1, 0.15 * unit), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {(float) unit, (float) unit}, 0f));
        g.draw(circle(cx, cy, CommunityLayout.NEVER_CAME * RADIUS * unit));
        if (m.rlc() == null || !m.rlc().enabled()) return;
        boolean open = m.rlcOpen();
        g.setPaint(open ? Palette.RLC_AREA : Palette.RLC_AREA_CLOSED);
        g.fill(circle(cx, cy, CommunityLayout.RLC_EDGE * RADIUS * unit));
        g.setPaint(open ? Palette.STAFF : Palette.COMMUNITY);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(2.2 * unit)));
        String label = open ? "RLC" : "RLC (closed)";
        int w = g.getFontMetrics().stringWidth(label);
        g.drawString(label, (float) (cx - w / 2.0), (float) (cy - (CommunityLayout.RLC_EDGE * RADIUS - 3.2) * unit));
    }

    private static Ellipse2D circle(double cx, double cy, double r) {
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }
}
