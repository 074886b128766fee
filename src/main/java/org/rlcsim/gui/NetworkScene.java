package org.rlcsim.gui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.rlcsim.model.Person;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.Role;
import org.rlcsim.model.SocialNetwork;
import org.rlcsim.model.Tie;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.util.Double2D;

/**
 * The network as the display shows it, rebuilt from the model after each day: every live tie,
 * every participant and staff member, and whoever else holds a live tie with a participant.
 * Nodes glide a part of the way to where they belong each day, so a person who joins the RLC
 * is seen moving in; ties that end disappear and new ones appear.
 *
 * <p>Three fields hold the same positions: one for the ties, and one for each layer of nodes,
 * so the people outside the RLC are drawn under the participants and can be hidden on their own.
 */
final class NetworkScene {
    /** Share of the way to its place a node moves each day. */
    private static final double EASE = 0.2;

    final Continuous2D places = field();
    final Continuous2D participants = field();
    final Continuous2D outside = field();
    final Network ties = new Network(false);

    private final Map<Integer, NodeView> views = new HashMap<>();
    private CommunityLayout layout;
    private boolean placed;

    private static Continuous2D field() {
        return new Continuous2D(4, CommunityLayout.WIDTH, CommunityLayout.HEIGHT);
    }

    /** Forgets the last run: the next update puts every node straight where it belongs. */
    void reset(RlcModel model) {
        views.clear();
        places.clear();
        participants.clear();
        outside.clear();
        ties.clear();
        layout = new CommunityLayout(model.people().length, model.network().staffCount());
        placed = false;
    }

    void update(RlcModel model) {
        int day = model.today();
        SocialNetwork net = model.network();
        ties.clear();
        Map<Integer, double[]> directions = new HashMap<>();
        Map<NodeView, Map<NodeView, TieView>> drawn = new HashMap<>();
        for (Person p : model.people()) {
            NodeView self = view(p.id, Role.PARTICIPANT, p);
            place(self, layout.participant(p), participants);
            Tie[] held = p.ties();
            for (int k = 0; k < p.tieCount(); k++) {
                Tie t = held[k];
                int other = t.other(p.id);
                // a tie between two participants is held by both: draw it once
                if (net.isParticipant(other) && t.a != p.id) continue;
                if (!t.isAliveOn(day)) continue;
                Role role = net.role(other);
                if (role != Role.PARTICIPANT && role != Role.STAFF) {
                    double a = layout.angle(p.id);
                    double[] d = directions.computeIfAbsent(other, o -> new double[2]);
                    d[0] += Math.cos(a);
                    d[1] += Math.sin(a);
                }
                NodeView to = view(other, role, role == Role.PARTICIPANT ? net.person(other) : null);
                drawn.computeIfAbsent(self, s -> new HashMap<>()).put(to, new TieView(t.type, t.strengthOn(day)));
            }
        }
        for (int k = 0; k < net.staffCount(); k++) {
            place(view(net.staffNode(k), Role.STAFF, null), layout.staff(k), participants);
        }
        Set<NodeView> present = new HashSet<>();
        for (Map.Entry<Integer, double[]> e : directions.entrySet()) {
            NodeView v = views.get(e.getKey());
            place(v, layout.outside(v.id, Math.atan2(e.getValue()[1], e.getValue()[0])), outside);
            present.add(v);
        }
        for (Object o : outside.getAllObjects().toArray()) {
            if (!present.contains(o)) {
                outside.remove(o);
                places.remove(o);
            }
        }
        for (Object o : places.getAllObjects()) ties.addNode(o);
        drawn.forEach((from, edges) -> edges.forEach((to, tie) -> ties.addEdge(from, to, tie)));
        placed = true;
    }

    /** The node drawn at participant or node id {@code id}, if it is on the display. */
    NodeView node(int id) {
        NodeView v = views.get(id);
        return v != null && places.getObjectLocation(v) != null ? v : null;
    }

    Double2D location(NodeView v) {
        return places.getObjectLocation(v);
    }

    private NodeView view(int id, Role role, Person person) {
        return views.computeIfAbsent(id, i -> new NodeView(i, role, person));
    }

    private void place(NodeView v, Double2D target, Continuous2D layer) {
        Double2D now = places.getObjectLocation(v);
        Double2D next = now == null || !placed ? target
                : new Double2D(now.x + (target.x - now.x) * EASE, now.y + (target.y - now.y) * EASE);
        places.setObjectLocation(v, next);
        layer.setObjectLocation(v, next);
    }
}
