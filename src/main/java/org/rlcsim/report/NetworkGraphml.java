package org.rlcsim.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultUndirectedGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;
import org.rlcsim.model.Person;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.SocialNetwork;
import org.rlcsim.model.Tie;

/**
 * The network at the end of a run as GraphML (JGraphT's exporter): every participant and RLC staff
 * member, and every other person who still has a tie. Nodes carry their role and, for
 * participants, their state; edges carry type, strength and the day they formed.
 */
public final class NetworkGraphml {
    private NetworkGraphml() {}

    /** An edge of the exported graph: one live tie on the day written. */
    public record Edge(Tie tie, double strength) {}

    public static Graph<Integer, Edge> graph(RlcModel model) {
        SocialNetwork net = model.network();
        int day = model.today();
        Graph<Integer, Edge> g = new DefaultUndirectedGraph<>(Edge.class);
        for (Person p : model.people()) g.addVertex(p.id);
        for (int k = 0; k < net.staffCount(); k++) g.addVertex(net.staffNode(k));
        for (Person p : model.people()) {
            Tie[] ties = p.ties();
            for (int k = 0; k < p.tieCount(); k++) {
                Tie t = ties[k];
                if (!t.isAliveOn(day) || t.a != p.id) continue;
                g.addVertex(t.b);
                g.addEdge(t.a, t.b, new Edge(t, t.strengthOn(day, net.decay(t.type))));
            }
        }
        return g;
    }

    public static void write(RlcModel model, Path file) throws IOException {
        SocialNetwork net = model.network();
        GraphMLExporter<Integer, Edge> exporter = new GraphMLExporter<>(v -> "n" + v);
        exporter.setExportEdgeWeights(false);
        exporter.registerAttribute("role", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("attended", AttributeCategory.NODE, AttributeType.BOOLEAN);
        exporter.registerAttribute("isolation", AttributeCategory.NODE, AttributeType.DOUBLE);
        exporter.registerAttribute("self_esteem", AttributeCategory.NODE, AttributeType.DOUBLE);
        exporter.registerAttribute("coping", AttributeCategory.NODE, AttributeType.DOUBLE);
        exporter.registerAttribute("identity", AttributeCategory.NODE, AttributeType.DOUBLE);
        exporter.registerAttribute("employed", AttributeCategory.NODE, AttributeType.BOOLEAN);
        exporter.registerAttribute("in_hospital", AttributeCategory.NODE, AttributeType.BOOLEAN);
        exporter.registerAttribute("leader", AttributeCategory.NODE, AttributeType.BOOLEAN);
        exporter.registerAttribute("type", AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("strength", AttributeCategory.EDGE, AttributeType.DOUBLE);
        exporter.registerAttribute("formed_day", AttributeCategory.EDGE, AttributeType.INT);
        exporter.setVertexAttributeProvider(v -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("role", DefaultAttribute.createAttribute(net.role(v).key()));
            if (net.isParticipant(v)) {
                Person p = net.person(v);
                a.put("attended", DefaultAttribute.createAttribute(p.hasAttended()));
                a.put("isolation", DefaultAttribute.createAttribute(round(p.isolation)));
                a.put("self_esteem", DefaultAttribute.createAttribute(round(p.selfEsteem)));
                a.put("coping", DefaultAttribute.createAttribute(round(p.coping)));
                a.put("identity", DefaultAttribute.createAttribute(round(p.identity)));
                a.put("employed", DefaultAttribute.createAttribute(p.employed()));
                a.put("in_hospital", DefaultAttribute.createAttribute(p.inHospital()));
                a.put("leader", DefaultAttribute.createAttribute(p.isLeader()));
            }
            return a;
        });
        exporter.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("type", DefaultAttribute.createAttribute(e.tie().type.key()));
            a.put("strength", DefaultAttribute.createAttribute(round(e.strength())));
            a.put("formed_day", DefaultAttribute.createAttribute(e.tie().formedDay));
            return a;
        });
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            exporter.exportGraph(graph(model), w);
        }
    }

    private static double round(double v) {
        return Double.parseDouble(Numbers.format(v).isEmpty() ? "0" : Numbers.format(v));
    }
}
