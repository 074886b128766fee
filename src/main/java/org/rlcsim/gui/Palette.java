package org.rlcsim.gui;

import java.awt.Color;
import org.rlcsim.model.Role;
import org.rlcsim.model.TieType;

/**
 * The colours the network, its legend and the charts share, so a student who learns them once
 * reads every window. A tie has the colour of the kind of person at its other end; participants
 * go from warm (connected) to cool (isolated). Shapes carry the roles too, for readers who do not
 * tell every colour apart.
 */
final class Palette {
    static final Color BACKGROUND = Color.WHITE;
    static final Color TEXT = new Color(0x222222);
    static final Color OUTLINE = new Color(0x333333);
    static final Color CONNECTED = new Color(0xE8730C);
    private static final Color MIDDLE = new Color(0xC9B79C);
    static final Color ISOLATED = new Color(0x2456B4);
    static final Color HOSPITAL = new Color(0xD7191C);
    static final Color LEADER_RING = Color.BLACK;
    static final Color STAFF = new Color(0x1B7837);
    static final Color FAMILY = new Color(0xA23B9B);
    static final Color COMMUNITY = new Color(0x8C8C8C);
    static final Color COWORKER = new Color(0x17A5B8);
    static final Color RLC_PEER_TIE = new Color(0x52B447);
    static final Color RLC_AREA = new Color(0xE9F5E6);
    static final Color RLC_AREA_CLOSED = new Color(0xEEEEEE);

    private Palette() {}

    /** Isolation 0 (connected) is warm, 1 (isolated) cool, through a muted middle. */
    static Color isolation(double isolation) {
        double x = Math.max(0.0, Math.min(1.0, isolation));
        return x < 0.5 ? blend(CONNECTED, MIDDLE, x * 2) : blend(MIDDLE, ISOLATED, (x - 0.5) * 2);
    }

    static Color role(Role role) {
        return switch (role) {
            case PARTICIPANT -> isolation(0.5);
            case STAFF -> STAFF;
            case FAMILY -> FAMILY;
            case COMMUNITY -> COMMUNITY;
            case COWORKER -> COWORKER;
        };
    }

    static Color tie(TieType type) {
        return switch (type) {
            case FAMILY -> FAMILY;
            case RLC_PEER -> RLC_PEER_TIE;
            case RLC_STAFF -> STAFF;
            case OUTSIDE -> COMMUNITY;
            case COWORKER -> COWORKER;
        };
    }

    /**
     * A tie of this strength: faint and see-through when weak, solid when strong. Ties outside the
     * RLC are drawn lighter, so the many lines to the outer band do not hide what happens in it.
     */
    static Color tie(TieType type, double strength) {
        Color c = tie(type);
        double s = Math.max(0.0, Math.min(1.0, strength));
        int alpha = (int) Math.round(isRlc(type) ? 90 + 165 * s : 45 + 120 * s);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** Ties made at the RLC, which the display draws more boldly than the rest. */
    static boolean isRlc(TieType type) {
        return type == TieType.RLC_PEER || type == TieType.RLC_STAFF;
    }

    private static Color blend(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }
}
