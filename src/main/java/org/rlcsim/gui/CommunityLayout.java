package org.rlcsim.gui;

import org.rlcsim.model.Person;
import sim.util.Double2D;

/**
 * Where each node belongs: the RLC is the disc in the middle, with its staff at the centre and
 * its members around them; people who once came wait just outside it, people who never came
 * on a ring further out, and everyone else in participants' lives (relatives, community members,
 * coworkers) on the outer band, next to the participants they know. Each participant keeps an
 * angle, so joining or leaving the RLC is a move along a radius that students can follow.
 * Scatter comes from a hash of the node, not from the model's random numbers, which the display
 * must not touch.
 */
final class CommunityLayout {
    /** The field: a column for the legend on the left, the circle on the right. */
    static final double WIDTH = 132;
    static final double HEIGHT = 100;
    static final double CENTRE_X = WIDTH - 50;
    static final double CENTRE_Y = 50;
    static final double RADIUS = 47;
    /** Radii as shares of {@link #RADIUS}. */
    static final double STAFF_RING = 0.07;
    static final double MEMBERS_FROM = 0.14;
    static final double MEMBERS_TO = 0.34;
    static final double RLC_EDGE = 0.40;
    static final double FORMER_MEMBERS = 0.48;
    static final double NEVER_CAME = 0.60;
    static final double OUTSIDE_FROM = 0.72;
    static final double OUTSIDE_TO = 0.99;

    private final int participants;
    private final int staff;

    CommunityLayout(int participants, int staff) {
        this.participants = Math.max(1, participants);
        this.staff = Math.max(1, staff);
    }

    /** The participant's own direction from the centre, clockwise from the top. */
    double angle(int participant) {
        return -Math.PI / 2 + 2 * Math.PI * participant / participants;
    }

    Double2D participant(Person p) {
        double r;
        if (p.member()) r = MEMBERS_FROM + (MEMBERS_TO - MEMBERS_FROM) * scatter(p.id, 1);
        else if (p.hasAttended()) r = FORMER_MEMBERS;
        else r = NEVER_CAME;
        return at(angle(p.id), r);
    }

    Double2D staff(int k) {
        return at(-Math.PI / 2 + 2 * Math.PI * k / staff, STAFF_RING);
    }

    /** Someone outside the RLC, near the participants they know (their mean direction). */
    Double2D outside(int node, double direction) {
        double spread = Math.PI / participants;
        double a = direction + spread * (2 * scatter(node, 2) - 1);
        return at(a, OUTSIDE_FROM + (OUTSIDE_TO - OUTSIDE_FROM) * scatter(node, 3));
    }

    private static Double2D at(double angle, double share) {
        return new Double2D(CENTRE_X + RADIUS * share * Math.cos(angle), CENTRE_Y + RADIUS * share * Math.sin(angle));
    }

    /** A number in [0, 1) fixed for each node and purpose (SplitMix64's finaliser). */
    static double scatter(int node, int purpose) {
        long z = node * 0x9E3779B97F4A7C15L + purpose * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }
}
