package org.rlcsim.report;

import static org.rlcsim.report.ByteText.bytesOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.rlcsim.model.Person;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.Role;
import org.rlcsim.model.SocialNetwork;
import org.rlcsim.model.Tie;
import org.rlcsim.model.TieType;

/**
 * The network at the end of a run as GraphML: every participant and RLC staff member, and every
 * other person who still has a tie. Nodes carry their role and, for participants, their state;
 * edges carry type, strength and the day they formed.
 *
 * <p>Written directly rather than with JGraphT's GraphMLExporter, which goes through an XSLT
 * identity transformer and took 1.5 s of a run of 10,000 people (the JDK's StAX writer still
 * 0.8 s). Every value is a number, a boolean or a fixed name, so nothing needs escaping. The
 * output is checked by reading it back with JGraphT's GraphMLImporter (and networkx).
 */
public final class NetworkGraphml {
    private NetworkGraphml() {}

    private record DataKey(String id, String target, String type) {}

    private static final List<DataKey> KEYS = List.of(
            new DataKey("role", "node", "string"), new DataKey("attended", "node", "boolean"),
            new DataKey("isolation", "node", "double"), new DataKey("self_esteem", "node", "double"),
            new DataKey("coping", "node", "double"), new DataKey("identity", "node", "double"),
            new DataKey("employed", "node", "boolean"), new DataKey("in_hospital", "node", "boolean"),
            new DataKey("leader", "node", "boolean"), new DataKey("type", "edge", "string"),
            new DataKey("strength", "edge", "double"), new DataKey("formed_day", "edge", "int"));

    public static void write(RlcModel model, Path file) throws IOException {
        try (ByteText x = new ByteText(Files.newOutputStream(file))) {
            write(model, x);
        }
    }

    private static final byte[] EDGE_SOURCE = bytesOf("<edge source=\"n");
    private static final byte[] EDGE_TARGET = bytesOf("\" target=\"n");
    private static final byte[] EDGE_END = bytesOf("</edge>\n");
    private static final byte[] NODE_ID = bytesOf("<node id=\"n");
    private static final byte[] NODE_END = bytesOf("</node>\n");
    private static final byte[] TAG_END = bytesOf("\">");
    private static final byte[] DATA_END = bytesOf("</data>");
    private static final byte[] TRUE = bytesOf("true");
    private static final byte[] FALSE = bytesOf("false");
    private static final byte[][] TIE_TYPES = names(TieType.ALL.length, k -> TieType.ALL[k].key());
    private static final byte[][] ROLES = names(Role.ALL.length, k -> Role.ALL[k].key());

    // <data key="..."> for each key
    private static final byte[] ROLE = dataTag("role"), ATTENDED = dataTag("attended"),
            ISOLATION = dataTag("isolation"), SELF_ESTEEM = dataTag("self_esteem"), COPING = dataTag("coping"),
            IDENTITY = dataTag("identity"), EMPLOYED = dataTag("employed"), IN_HOSPITAL = dataTag("in_hospital"),
            LEADER = dataTag("leader"), TYPE = dataTag("type"), STRENGTH = dataTag("strength"),
            FORMED_DAY = dataTag("formed_day");

    private static void write(RlcModel model, ByteText x) throws IOException {
        SocialNetwork net = model.network();
        int day = model.today();
        x.ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.ascii("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
        for (DataKey k : KEYS) {
            x.ascii("<key id=\"" + k.id() + "\" for=\"" + k.target() + "\" attr.name=\"" + k.id()
                    + "\" attr.type=\"" + k.type() + "\"/>\n");
        }
        x.ascii("<graph id=\"rlcsim\" edgedefault=\"undirected\">\n");
        boolean[] written = new boolean[net.nodeCount()];
        for (Person p : model.people()) node(x, model, p.id, written);
        for (int k = 0; k < net.staffCount(); k++) node(x, model, net.staffNode(k), written);
        for (Person p : model.people()) {
            Tie[] ties = p.ties();
            for (int k = 0; k < p.tieCount(); k++) {
                Tie t = ties[k];
                if (t.isAliveOn(day) && t.a == p.id) node(x, model, t.b, written);
            }
        }
        for (Person p : model.people()) {
            Tie[] ties = p.ties();
            for (int k = 0; k < p.tieCount(); k++) {
                Tie t = ties[k];
                if (t.isAliveOn(day) && t.a == p.id) edge(x, t, day);
            }
        }
        x.ascii("</graph>\n</graphml>\n");
    }

    private static void edge(ByteText x, Tie t, int day) throws IOException {
        x.bytes(EDGE_SOURCE).integer(t.a).bytes(EDGE_TARGET).integer(t.b).bytes(TAG_END);
        x.bytes(TYPE).bytes(TIE_TYPES[t.type.ordinal()]).bytes(DATA_END);
        number(x, STRENGTH, t.strengthOn(day));
        x.bytes(FORMED_DAY).integer(t.formedDay).bytes(DATA_END);
        x.bytes(EDGE_END);
    }

    private static void node(ByteText x, RlcModel model, int id, boolean[] written) throws IOException {
        if (written[id]) return;
        written[id] = true;
        SocialNetwork net = model.network();
        x.bytes(NODE_ID).integer(id).bytes(TAG_END);
        x.bytes(ROLE).bytes(ROLES[net.role(id).ordinal()]).bytes(DATA_END);
        if (net.isParticipant(id)) {
            Person p = net.person(id);
            RlcModel.States states = model.statesOf(p);
            flag(x, ATTENDED, p.hasAttended());
            number(x, ISOLATION, p.isolation);
            number(x, SELF_ESTEEM, states.selfEsteem());
            number(x, COPING, states.coping());
            number(x, IDENTITY, states.identity());
            flag(x, EMPLOYED, p.employed());
            flag(x, IN_HOSPITAL, p.inHospital());
            flag(x, LEADER, p.isLeader());
        }
        x.bytes(NODE_END);
    }

    private static void number(ByteText x, byte[] tag, double value) throws IOException {
        x.bytes(tag).decimal(value).bytes(DATA_END);
    }

    private static void flag(ByteText x, byte[] tag, boolean value) throws IOException {
        x.bytes(tag).bytes(value ? TRUE : FALSE).bytes(DATA_END);
    }

    /** The opening tag of a value of one of {@link #KEYS}. */
    private static byte[] dataTag(String id) {
        if (KEYS.stream().noneMatch(k -> k.id().equals(id))) throw new IllegalStateException("no GraphML key " + id);
        return bytesOf("<data key=\"" + id + "\">");
    }

    private static byte[][] names(int n, java.util.function.IntFunction<String> name) {
        byte[][] out = new byte[n][];
        for (int k = 0; k < n; k++) out[k] = bytesOf(name.apply(k));
        return out;
    }
}
