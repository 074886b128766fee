package org.rlcsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.swing.JCheckBox;
import javax.swing.JSlider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlcsim.Runs;
import org.rlcsim.model.Person;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.Theme;
import org.rlcsim.model.params.ModelParameters;
import sim.display.Display2D;
import sim.portrayal.DrawInfo2D;

/**
 * The GUI on a real display: MASON's Console with the model, driven as a teacher would. Needs a
 * display, so it runs in a JVM of its own that is not headless (pom.xml, execution "gui"): under
 * {@code .ci/run}'s Xvfb, where {@code RLCSIM_GUI_TEST=required} makes a missing display a
 * failure; elsewhere without a display it is skipped.
 */
class ConsoleGuiTest {
    /** The first lesson's community: 40 people and an RLC that opens on day 0. */
    private static final ModelParameters LESSON = Runs.params("population.participants=40", "burn_in_days=0",
            "days=365", "rlc.attendance.outreach_rate=0.01");

    @TempDir
    Path tmp;

    /** Each test, not the class, so that a run without a display reports them as skipped. */
    @BeforeEach
    void needsADisplay() {
        boolean display = !GraphicsEnvironment.isHeadless();
        if ("required".equals(System.getenv("RLCSIM_GUI_TEST"))) {
            assertTrue(display, "RLCSIM_GUI_TEST=required, but there is no display (DISPLAY=" + System.getenv("DISPLAY") + ")");
        }
        assumeTrue(display, "no display: the GUI test runs under a virtual one (.ci/run starts Xvfb)");
    }

    @Test
    void theSnapshotAfterSomeDaysIsAPictureOfTheNetwork() throws IOException {
        try (ConsoleSession session = ConsoleSession.open(LESSON)) {
            session.runDays(120);
            RlcModel model = session.gui().model();
            assertEquals(119, model.today());
            // watching draws no random number: the GUI shows the run rlcsim run would make
            RlcModel unwatched = new RlcModel(LESSON);
            unwatched.start();
            while (unwatched.today() < 119) unwatched.schedule.step(unwatched);
            for (int i = 0; i < model.people().length; i++) {
                assertEquals(unwatched.people()[i].isolation, model.people()[i].isolation, "person " + i);
            }
            Path png = tmp.resolve("net.png");
            session.saveDisplay(png);
            Picture picture = new Picture(ImageIO.read(png.toFile()));

            assertTrue(picture.colours() >= 8, "colours: " + picture.colours());
            assertTrue(picture.share(Color.WHITE) < 0.8, "mostly blank: " + picture.share(Color.WHITE));
            // nodes: their fills are opaque, so their exact colours are there
            assertTrue(picture.count(Palette.STAFF) > 300, "staff squares: " + picture.count(Palette.STAFF));
            assertTrue(picture.count(Palette.FAMILY) > 300, "relatives: " + picture.count(Palette.FAMILY));
            assertTrue(picture.count(Palette.COMMUNITY) > 300, "community members: " + picture.count(Palette.COMMUNITY));
            Set<Integer> participants = new HashSet<>();
            for (Person p : model.people()) if (!p.inHospital()) participants.add(Palette.isolation(p.isolation).getRGB());
            assertTrue(picture.count(participants) > 2000, "participants: " + picture.count(participants));
            // ties: see-through lines, so pixels of their hue but not the fills' exact colours
            assertTrue(picture.hued(110, 150) - picture.count(Palette.STAFF) > 200, "RLC ties (green)");
            assertTrue(picture.hued(290, 315) - picture.count(Palette.FAMILY) > 1000, "family ties (purple)");

            session.saveCharts(tmp);
            for (String chart : List.of("network-size.png", "states.png", "hospital.png")) {
                Picture c = new Picture(ImageIO.read(tmp.resolve(chart).toFile()));
                assertTrue(c.colours() >= 8 && c.share(Color.WHITE) < 0.97, chart + " has lines");
            }
            assertTrue(session.gui().charts.charts.get(0).points() > 120 * 3, "a point a day on each line");
        }
    }

    @Test
    void slidersAndSwitchesOfTheModelTabChangeTheModelWhileItRuns() {
        try (ConsoleSession session = ConsoleSession.open(LESSON)) {
            session.runDays(10);
            RlcModel model = session.gui().model();
            Container tab = session.console().getModelInspector();
            List<JSlider> sliders = components(tab, JSlider.class);
            List<JCheckBox> switches = components(tab, JCheckBox.class);
            assertEquals(6, sliders.size(), "atmosphere and opportunity levels");
            assertEquals(1 + Theme.values().length, switches.size(), "the RLC and the twelve mechanisms");

            JSlider judgmentFree = sliders.get(0);
            ConsoleSession.onSwing(() -> judgmentFree.setValue(judgmentFree.getMaximum() / 4));
            assertEquals(0.25, model.getJudgmentFree(), 0.01);
            JSlider leadership = sliders.get(3);
            ConsoleSession.onSwing(() -> leadership.setValue(leadership.getMaximum()));
            assertEquals(1.0, model.getLeadership(), 1e-9);

            assertTrue(switches.get(0).isSelected(), "the RLC is open");
            ConsoleSession.onSwing(() -> switches.get(0).doClick());
            assertFalse(model.rlcOpen());
            JCheckBox relaxedOpen = switches.get(1 + Theme.RELAXED_OPEN.ordinal());
            ConsoleSession.onSwing(relaxedOpen::doClick);
            assertFalse(model.isOn(Theme.RELAXED_OPEN));

            session.runDays(5);
            assertEquals(14, model.today());
            assertEquals(0, Headline.of(model).cameToday(), "nobody comes to a closed RLC");
            assertFalse(switches.get(0).isSelected(), "the switch shows the RLC closed");
        }
    }

    @Test
    void clickingAPersonShowsTheirStateHistoryAndTies() {
        try (ConsoleSession session = ConsoleSession.open(LESSON)) {
            session.runDays(120);
            RlcWithUI gui = session.gui();
            Person member = null;
            for (Person p : gui.model().people()) if (p.member()) member = p;
            assertNotNull(member, "somebody came in 120 days");
            NodeView node = gui.scene().node(member.id);
            Display2D display = gui.display;
            Point2D[] at = new Point2D[1];
            ConsoleSession.onSwing(() -> {
                DrawInfo2D field = display.getDrawInfo2D(gui.participantsLayer(), new Point2D.Double(0, 0));
                at[0] = gui.participantsLayer().getObjectPosition(node, field);
                display.createInspectors(new Rectangle2D.Double(at[0].getX() - 1, at[0].getY() - 1, 2, 2), gui);
            });
            List<NodeInspector> pages = new ArrayList<>();
            for (Object i : session.console().getAllInspectors()) pages.addAll(components((Container) i, NodeInspector.class));
            assertEquals(1, pages.size(), "one person under the click at " + at[0]);
            String page = pages.get(0).text().replaceAll("\\s+", " "); // Swing wraps the HTML it gives back
            assertTrue(page.contains("Participant " + member.id), page);
            assertTrue(page.contains("first visit to the RLC") && page.contains("Ties"), page);
            String before = page;
            session.runDays(30);
            assertFalse(before.equals(pages.get(0).text()), "the page follows the days");
        }
    }

    private static <T> List<T> components(Container root, Class<T> type) {
        List<T> found = new ArrayList<>();
        ConsoleSession.onSwing(() -> collect(root, type, found));
        return found;
    }

    private static <T> void collect(Component c, Class<T> type, List<T> found) {
        if (type.isInstance(c)) found.add(type.cast(c));
        if (c instanceof Container container) for (Component child : container.getComponents()) collect(child, type, found);
    }

    /** Colour counts of an image. */
    private static final class Picture {
        private final Map<Integer, Integer> counts = new HashMap<>();
        private final int pixels;

        Picture(BufferedImage image) {
            pixels = image.getWidth() * image.getHeight();
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) counts.merge(image.getRGB(x, y) | 0xFF000000, 1, Integer::sum);
            }
        }

        int colours() {
            return counts.size();
        }

        int count(Color c) {
            return counts.getOrDefault(c.getRGB() | 0xFF000000, 0);
        }

        int count(Set<Integer> colours) {
            return colours.stream().mapToInt(c -> counts.getOrDefault(c | 0xFF000000, 0)).sum();
        }

        double share(Color c) {
            return (double) count(c) / pixels;
        }

        /** Pixels of a clear colour (not grey, not pale) with a hue between the two, in degrees. */
        int hued(int from, int to) {
            int n = 0;
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                int rgb = e.getKey();
                float[] hsb = Color.RGBtoHSB((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, null);
                float hue = hsb[0] * 360;
                if (hsb[1] >= 0.2f && hue >= from && hue <= to) n += e.getValue();
            }
            return n;
        }
    }
}
