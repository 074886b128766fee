package org.rlcsim.gui;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/**
 * Draws a tie in the colour of its kind, thicker and more solid the stronger it is. Ties are not
 * clickable: a click near a person should inspect the person, not the lines that meet there.
 */
final class TiePortrayal extends SimpleEdgePortrayal2D {
    private static final long serialVersionUID = 1L;

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        EdgeDrawInfo2D e = (EdgeDrawInfo2D) info;
        TieView tie = (TieView) ((Edge) object).info;
        double unit = info.draw.width;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(Palette.tie(tie.type(), tie.strength()));
        g.setStroke(new BasicStroke((float) Math.max(0.5, (0.06 + 0.4 * tie.strength()) * unit),
                BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(e.draw.x, e.draw.y, e.secondPoint.x, e.secondPoint.y));
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return false;
    }
}
