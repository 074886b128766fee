package org.rlcsim.gui;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.params.ModelParameters;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;

/**
 * The model in MASON's Console: a display of the community's network, three live charts, the
 * Model tab's sliders and switches, and a page about any person clicked on. The burn-in runs at
 * once when the model starts, so the class watches from day 0, as a study would. Reads the model
 * and never changes it, except through the Model tab.
 */
public final class RlcWithUI extends GUIState {
    /** Pixels per field unit of the display at its opening size. */
    private static final double PIXELS_PER_UNIT = 7.0;
    /**
     * Pause after each day while playing, so a small community is not over before a class can
     * follow it: with drawing, about ten to twenty days a second (the Console's Delay slider changes it).
     */
    static final long PLAY_SLEEP_MS = 20;

    private final NetworkScene scene = new NetworkScene();
    private final PersonHistory history = new PersonHistory();
    final LiveCharts charts = new LiveCharts();
    private final ContinuousPortrayal2D participantsLayer = new ContinuousPortrayal2D();
    private final ContinuousPortrayal2D outsideLayer = new ContinuousPortrayal2D();
    private final NetworkPortrayal2D tiesLayer = new NetworkPortrayal2D();
    Display2D display;
    private final List<JFrame> frames = new ArrayList<>();

    public RlcWithUI(ModelParameters params) {
        // one thread: the class watches a small community, and the display reads it between days
        super(new RlcModel(params, 1));
        NodePortrayal nodes = new NodePortrayal(new NodeReport(this::model, history));
        participantsLayer.setPortrayalForAll(nodes);
        outsideLayer.setPortrayalForAll(nodes);
        tiesLayer.setPortrayalForAll(new TiePortrayal());
    }

    public static String getName() {
        return "rlcsim: a Recovery Learning Community";
    }

    public static Object getInfo() {
        return "<html><h2>rlcsim</h2><p>How a peer-run Recovery Learning Community changes the social lives of "
                + "people with serious mental illness. Press play; move the sliders in the Model tab; double-click a "
                + "person to inspect them.</p><p>Lessons: docs/teaching.md.</p></html>";
    }

    RlcModel model() {
        return (RlcModel) state;
    }

    NetworkScene scene() {
        return scene;
    }

    /** The layer a click on a participant hits (tests find people on screen through it). */
    ContinuousPortrayal2D participantsLayer() {
        return participantsLayer;
    }

    @Override
    public void start() {
        super.start();
        RlcModel m = model();
        while (m.today() < -1) m.schedule.step(m);
        watch();
    }

    @Override
    public void load(SimState loaded) {
        super.load(loaded);
        watch();
    }

    /** Begins drawing the model as it is now, then again after every day. */
    private void watch() {
        RlcModel m = model();
        scene.reset(m);
        scene.update(m);
        history.reset(m);
        charts.add(DaySample.of(m, true));
        scheduleRepeatingImmediatelyAfter(s -> {
            scene.update(m);
            history.afterDay(m);
            charts.add(DaySample.of(m, false));
        });
        participantsLayer.setField(scene.participants);
        outsideLayer.setField(scene.outside);
        tiesLayer.setField(new SpatialNetwork2D(scene.places, scene.ties));
        display.reset();
        display.repaint();
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        display = new Display2D(CommunityLayout.WIDTH * PIXELS_PER_UNIT, CommunityLayout.HEIGHT * PIXELS_PER_UNIT, this);
        display.setBackdrop(Palette.BACKGROUND);
        display.attach(new RlcBackdrop(this::model), "The RLC and the world outside");
        display.attach(tiesLayer, "Ties");
        display.attach(outsideLayer, "People in participants' lives");
        display.attach(participantsLayer, "Participants and RLC staff");
        display.attach(new Legend(this::model), "Legend");
        JFrame displayFrame = display.createFrame();
        displayFrame.setTitle("The community: who is tied to whom");
        show(controller, displayFrame, 0, 0);
        // the charts in a column on the right of the screen, each a third of its height at most
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int y = screen.y;
        for (LiveChart chart : charts.charts) {
            JFrame f = chart.frame();
            f.setSize(Math.min(f.getWidth(), screen.width / 2), Math.min(f.getHeight(), screen.height / 3));
            show(controller, f, screen.x + screen.width - f.getWidth(), y);
            y += f.getHeight();
        }
    }

    /** The Console to the right of the display, where the screen has room for both. */
    void placeConsole(java.awt.Window console) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int right = frames.get(0).getWidth();
        if (right + console.getWidth() <= screen.width) console.setLocation(screen.x + right, screen.y);
    }

    /**
     * On a screen too narrow for the display and the Console side by side (a classroom
     * projector's 1280 pixels), the display is zoomed out until the Console fits beside it,
     * so the Console does not hide the legend; both are brought in front of the charts.
     */
    void fitBeside(java.awt.Window console) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        JFrame displayFrame = frames.get(0);
        int room = screen.width - console.getWidth();
        if (displayFrame.getWidth() > room && room > displayFrame.getWidth() / 2) {
            double scale = display.getScale() * (room - 20) / displayFrame.getWidth();
            display.setScale(Math.floor(scale * 20) / 20);
            displayFrame.pack();
        }
        placeConsole(console);
        displayFrame.toFront();
        console.toFront();
    }

    private void show(Controller controller, JFrame frame, int x, int y) {
        frame.setLocation(x, y);
        controller.registerFrame(frame);
        frame.setVisible(true);
        frames.add(frame);
    }

    @Override
    public void quit() {
        super.quit();
        for (JFrame f : frames) f.dispose();
        frames.clear();
        display = null;
    }

    /** The Model tab: refreshed every day, so its headline numbers move while the model runs. */
    @Override
    public Inspector getInspector() {
        Inspector i = new SimpleInspector(new ModelControls(model()), this, null, getMaximumPropertiesForInspector());
        i.setVolatile(true);
        armMidpointSliders(i);
        return i;
    }

    /**
     * MASON 18's slider ignores the first change after it is built, and learns that it has been
     * built from that change's event, which never comes if the starting value is the midpoint
     * (0.5: the default leadership level): the class's first click would do nothing. The event it
     * waits for is sent here; it changes nothing else.
     */
    private static void armMidpointSliders(java.awt.Container c) {
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof javax.swing.JSlider s && s.getValue() == (s.getMinimum() + s.getMaximum()) / 2) {
                for (javax.swing.event.ChangeListener l : s.getChangeListeners()) {
                    l.stateChanged(new javax.swing.event.ChangeEvent(s));
                }
            }
            if (child instanceof java.awt.Container inner) armMidpointSliders(inner);
        }
    }
}
