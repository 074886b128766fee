package org.rlcsim.gui;

import static org.rlcsim.observe.Group.ATTENDERS;
import static org.rlcsim.observe.Group.NON_ATTENDERS;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.rlcsim.model.TieType;
import org.rlcsim.observe.Group;
import org.rlcsim.observe.Metric;

/**
 * The three live charts: people in each person's network by kind of tie, intrapersonal states,
 * and hospital use, for those who came to the RLC (solid lines) and those who never came
 * (dashed). Samples arrive from the model's thread and are drawn on Swing's in batches, so a fast
 * run does not flood Swing with one redraw per day.
 */
final class LiveCharts {
    private static final Color SELF_ESTEEM = new Color(0xE69F00);
    private static final Color COPING = new Color(0xCC3377);
    private static final int REDRAW_MS = 200;

    final List<LiveChart> charts;
    private final ConcurrentLinkedQueue<DaySample> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean flushing = new AtomicBoolean();

    LiveCharts() {
        charts = List.of(network(), states(), hospital());
    }

    private static LiveChart network() {
        List<LiveChart.Line> lines = new ArrayList<>();
        for (Group g : List.of(ATTENDERS, NON_ATTENDERS)) {
            // people who never came have no RLC ties, by definition
            if (g == ATTENDERS) lines.add(byGroup("RLC peers and staff", Palette.RLC_PEER_TIE, g, d -> d.get(g, Metric.RLC_TIES)));
            lines.add(byGroup("family", Palette.tie(TieType.FAMILY), g, d -> d.get(g, Metric.FAMILY_TIES)));
            lines.add(byGroup("outside friends", Palette.tie(TieType.OUTSIDE), g, d -> d.get(g, Metric.OUTSIDE_TIES)));
            lines.add(byGroup("coworkers", Palette.tie(TieType.COWORKER), g, d -> d.get(g, Metric.NETWORK_SIZE)
                    - d.get(g, Metric.RLC_TIES) - d.get(g, Metric.FAMILY_TIES) - d.get(g, Metric.OUTSIDE_TIES)));
        }
        return new LiveChart("People in each person's network, by tie", "network-size.png",
                List.of(new LiveChart.Panel("people (mean per person)", false, lines)));
    }

    private static LiveChart states() {
        List<LiveChart.Line> lines = new ArrayList<>();
        for (Group g : List.of(ATTENDERS, NON_ATTENDERS)) {
            lines.add(byGroup("isolation", Palette.ISOLATED, g, d -> d.get(g, Metric.ISOLATION)));
            lines.add(byGroup("self-esteem", SELF_ESTEEM, g, d -> d.get(g, Metric.SELF_ESTEEM)));
            lines.add(byGroup("coping", COPING, g, d -> d.get(g, Metric.COPING)));
        }
        return new LiveChart("Isolation, self-esteem and coping", "states.png",
                List.of(new LiveChart.Panel("mean, 0 to 1", false, lines)));
    }

    private static LiveChart hospital() {
        return new LiveChart("Hospital", "hospital.png", List.of(
                new LiveChart.Panel("people in hospital", true, List.of(
                        new LiveChart.Line("in hospital today", Palette.HOSPITAL, LiveChart.SOLID, d -> d.inHospital()))),
                new LiveChart.Panel("admissions", true, List.of(
                        new LiveChart.Line("admissions since day 0", Palette.OUTLINE, LiveChart.SOLID,
                                d -> d.admissions()),
                        new LiveChart.Line("of them, by people who came to the RLC", Palette.ISOLATED, LiveChart.SOLID,
                                d -> d.admissionsOfAttenders())))));
    }

    private static LiveChart.Line byGroup(String name, Color color, Group g,
                                          java.util.function.ToDoubleFunction<DaySample> value) {
        return new LiveChart.Line(name + (g == ATTENDERS ? ", came to the RLC" : ", never came"), color,
                g == ATTENDERS ? LiveChart.SOLID : LiveChart.DASHED, value);
    }

    /**
     * From the model's thread: a day to draw. Days are drawn a few times a second at most, in
     * batches: redrawing three charts every day would cost more than the model and the network.
     */
    void add(DaySample sample) {
        pending.add(sample);
        if (flushing.compareAndSet(false, true)) {
            SwingUtilities.invokeLater(() -> {
                Timer t = new Timer(REDRAW_MS, e -> flush());
                t.setRepeats(false);
                t.start();
            });
        }
    }

    /** On Swing's thread: draws every day waiting. */
    void flush() {
        flushing.set(false);
        List<DaySample> batch = new ArrayList<>();
        for (DaySample d; (d = pending.poll()) != null; ) batch.add(d);
        if (batch.isEmpty()) return;
        for (LiveChart c : charts) c.add(batch);
    }

    /** On Swing's thread: every chart as a PNG file in {@code dir}. */
    void save(Path dir) throws IOException {
        for (LiveChart c : charts) c.save(dir);
    }
}
