package org.rlcsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import org.rlcsim.model.TieType;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/**
 * Draws a tie in the colour of its kind, thicker and more solid the stronger it is. Ties are not
 * clickable: a click near a person should inspect the person, not the lines that meet there.
 * Drawing a thousand see-through lines a day is most of the display's work, so strength is
 * drawn in twenty steps whose colours and strokes are made once, and only the RLC's ties are
 * smoothed (antialiased): that halves the time a day takes to draw, and the lines the lessons
 * are about stand out from the many to families and friends outside.
 */
final class TiePortrayal extends SimpleEdgePortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final int STEPS = 20;
    private static final Color[][] COLOURS = new Color[TieType.ALL.length][STEPS + 1];

    static {
        for (TieType t : TieType.ALL) {
            for (int s = 0; s <= STEPS; s++) COLOURS[t.ordinal()][s] = Palette.tie(t, (double) s / STEPS);
        }
    }

    private transient BasicStroke[] strokes;
    private double strokesUnit;
    private final Line2D.Double line = new Line2D.Double();

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        EdgeDrawInfo2D e = (EdgeDrawInfo2D) info;
        TieView tie = (TieView) ((Edge) object).info;
        int s = (int) Math.round(Math.max(0.0, Math.min(1.0, tie.strength())) * STEPS);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                Palette.isRlc(tie.type()) ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setPaint(COLOURS[tie.type().ordinal()][s]);
        g.setStroke(stroke(s, info.draw.width));
        line.setLine(e.draw.x, e.draw.y, e.secondPoint.x, e.secondPoint.y);
        g.draw(line);
    }

    private BasicStroke stroke(int step, double unit) {
        if (strokes == null || unit != strokesUnit) {
            strokes = new BasicStroke[STEPS + 1];
            for (int s = 0; s <= STEPS; s++) {
                strokes[s] = new BasicStroke((float) Math.max(0.5, (0.06 + 0.4 * s / STEPS) * unit));
            }
            strokesUnit = unit;
        }
        return strokes[step];
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return false;
    }
}
