package org.rlcsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.rlcsim.model.Person;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws a node: participants as circles coloured by isolation (a black ring for a participant
 * leader, white with a red cross in hospital), staff as green squares, relatives and community
 * members as small circles, coworkers as small diamonds. Clicking a node opens its
 * {@link NodeInspector}.
 */
final class NodePortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    /** Sizes in field units (the field is {@link CommunityLayout#WIDTH} wide). */
    private static final double PARTICIPANT = 2.1;
    private static final double LEADER = 2.7;
    private static final double STAFF = 2.0;
    private static final double OTHER = 1.0;

    private final transient NodeInspector.Source source;

    NodePortrayal(NodeInspector.Source source) {
        this.source = source;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        NodeView n = (NodeView) object;
        double unit = info.draw.width;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Shape s = shape(n, info);
        Person p = n.person;
        if (p != null && p.inHospital()) {
            g.setPaint(Color.WHITE);
            g.fill(s);
            g.setPaint(Palette.HOSPITAL);
            g.setStroke(new BasicStroke((float) Math.max(1.5, 0.3 * unit)));
            g.draw(s);
            double arm = PARTICIPANT * unit * 0.28;
            g.draw(new Line2D.Double(info.draw.x - arm, info.draw.y, info.draw.x + arm, info.draw.y));
            g.draw(new Line2D.Double(info.draw.x, info.draw.y - arm, info.draw.x, info.draw.y + arm));
        } else {
            g.setPaint(p != null ? Palette.isolation(p.isolation) : Palette.role(n.role));
            g.fill(s);
            boolean leader = p != null && p.isLeader();
            g.setPaint(leader ? Palette.LEADER_RING : Palette.OUTLINE);
            g.setStroke(new BasicStroke((float) (leader ? Math.max(2.0, 0.35 * unit) : Math.max(0.6, 0.1 * unit))));
            g.draw(s);
        }
        if (info.selected) {
            double d = size(n) * unit + 0.9 * unit;
            g.setPaint(Color.BLACK);
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
            g.draw(new Ellipse2D.Double(info.draw.x - d / 2, info.draw.y - d / 2, d, d));
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return shape((NodeView) object, range).intersects(range.clip);
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
        return wrapper == null ? null : new NodeInspector((NodeView) wrapper.getObject(), source);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return String.valueOf(wrapper.getObject());
    }

    private static double size(NodeView n) {
        if (n.person != null) return n.person.isLeader() ? LEADER : PARTICIPANT;
        return switch (n.role) {
            case STAFF -> STAFF;
            default -> OTHER;
        };
    }

    private static Shape shape(NodeView n, DrawInfo2D info) {
        double d = size(n) * info.draw.width;
        double x = info.draw.x - d / 2, y = info.draw.y - d / 2;
        return switch (n.role) {
            case STAFF -> new Rectangle2D.Double(x, y, d, d);
            case COWORKER -> diamond(info.draw.x, info.draw.y, d * 0.65);
            default -> new Ellipse2D.Double(x, y, d, d);
        };
    }

    private static Shape diamond(double cx, double cy, double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(cx, cy - r);
        p.lineTo(cx + r, cy);
        p.lineTo(cx, cy + r);
        p.lineTo(cx - r, cy);
        p.closePath();
        return p;
    }
}
