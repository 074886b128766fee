package org.rlcsim.gui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import javax.swing.SwingUtilities;
import org.rlcsim.model.params.ModelParameters;
import sim.display.Console;
import sim.display.Display2D;

/**
 * MASON's Console with the model, opened on Swing's thread. A teacher drives it with its buttons;
 * snapshots drive it the same way (start paused, then the step button once a day), so what they
 * save is what the windows show.
 */
public final class ConsoleSession implements AutoCloseable {
    private final RlcWithUI gui;
    private final Console console;

    private ConsoleSession(RlcWithUI gui, Console console) {
        this.gui = gui;
        this.console = console;
    }

    /** Opens the Console, the display and the charts; the model starts when play is pressed. */
    public static ConsoleSession open(ModelParameters params) {
        RlcWithUI gui = new RlcWithUI(params);
        Console[] console = new Console[1];
        onSwing(() -> {
            console[0] = new Console(gui);
            // its "New Simulation" lists MASON's own demos, which this program does not carry
            console[0].setNewMenuAllowed(false);
            console[0].setPlaySleep(RlcWithUI.PLAY_SLEEP_MS);
            gui.placeConsole(console[0]);
            console[0].setVisible(true);
        });
        return new ConsoleSession(gui, console[0]);
    }

    /** For a class: the display zoomed out if need be so that the Console fits beside it. */
    public void fitToScreen() {
        onSwing(() -> gui.fitBeside(console));
    }

    /**
     * Runs {@code days} more days, redrawing after each; starts the model first (its burn-in runs
     * at once) if it has not started.
     */
    public void runDays(int days) {
        onSwing(() -> {
            // a teacher's saved Console preferences must not change what a snapshot shows
            console.setNumStepsPerStepButtonPress(1);
            console.setWhenShouldEnd(Long.MAX_VALUE);
            console.setWhenShouldPause(Long.MAX_VALUE);
            if (console.getPlayState() == Console.PS_STOPPED) console.pressPause();
        });
        for (int d = 0; d < days; d++) onSwing(console::pressPlay);
        onSwing(gui.charts::flush);
    }

    /** The network display as a PNG file, as its window shows it. */
    public void saveDisplay(Path png) {
        onSwing(() -> {
            try {
                gui.display.takeSnapshot(png.toFile(), Display2D.TYPE_PNG);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Each chart as a PNG file in {@code dir}: network-size.png, states.png, hospital.png. */
    public void saveCharts(Path dir) {
        onSwing(() -> {
            try {
                gui.charts.save(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    RlcWithUI gui() {
        return gui;
    }

    Console console() {
        return console;
    }

    /** Closes every window without ending the program (closing the Console by hand ends it). */
    @Override
    public void close() {
        onSwing(() -> {
            console.pressStop();
            gui.quit();
            console.dispose();
            Console.allControllers.remove(console);
        });
    }

    static void onSwing(Runnable r) {
        try {
            if (SwingUtilities.isEventDispatchThread()) r.run();
            else SwingUtilities.invokeAndWait(r);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the windows", e);
        }
    }
}
