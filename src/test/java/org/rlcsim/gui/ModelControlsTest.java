package org.rlcsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rlcsim.Runs;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.Theme;
import sim.util.Interval;

/**
 * The Model tab's rows, through the path MASON's sliders and check boxes take
 * ({@code Properties.setValue} with the widget's text): each one changes the model.
 */
class ModelControlsTest {
    private static RlcModel started() {
        RlcModel m = new RlcModel(Runs.params("population.participants=60", "burn_in_days=30", "days=30"));
        m.start();
        return m;
    }

    @Test
    void eachSliderSetsItsLevelAndIsASliderFrom0To1() {
        RlcModel m = started();
        ModelControls c = new ModelControls(m);
        List<String> levels = List.of("Atmosphere: judgment-free", "Atmosphere: flexible", "Atmosphere: relaxed and open",
                "Opportunity: leadership", "Opportunity: meeting peers", "Opportunity: trainings");
        double v = 0.11;
        for (String name : levels) {
            int i = c.indexOf(name);
            assertTrue(i >= 0, name);
            assertTrue(c.isReadWrite(i));
            Interval d = (Interval) c.getDomain(i);
            assertEquals(0.0, d.getMin().doubleValue());
            assertEquals(1.0, d.getMax().doubleValue());
            assertEquals(v, ((Number) c.setValue(i, Double.toString(v))).doubleValue(), 1e-12, name);
            v += 0.1;
        }
        assertEquals(0.11, m.getJudgmentFree(), 1e-12);
        assertEquals(0.21, m.getFlexibility(), 1e-12);
        assertEquals(0.31, m.getOpenness(), 1e-12);
        assertEquals(0.41, m.getLeadership(), 1e-12);
        assertEquals(0.51, m.getMeetingPeers(), 1e-12);
        assertEquals(0.61, m.getTrainings(), 1e-12);
        c.setValue(c.indexOf("Atmosphere: judgment-free"), "1.7");
        assertEquals(1.0, m.getJudgmentFree(), "kept within 0 to 1");
    }

    @Test
    void eachMechanismHasASwitchAndTheRlcCanBeClosedAndOpened() {
        RlcModel m = started();
        ModelControls c = new ModelControls(m);
        for (Theme t : Theme.values()) {
            int i = c.indexOf("Mechanism: " + t.key().replace('_', ' '));
            assertEquals(Boolean.TYPE, c.getType(i));
            c.setValue(i, "false");
            assertFalse(m.isOn(t), t.key());
            c.setValue(i, "true");
            assertTrue(m.isOn(t), t.key());
        }
        int open = c.indexOf("RLC open");
        c.setValue(open, "false");
        assertFalse(m.rlcOpen());
        assertEquals(Boolean.FALSE, c.getValue(open));
        c.setValue(open, "true");
        assertTrue(m.rlcOpen());
    }

    @Test
    void headlineNumbersAreReadOnlyAndFollowTheModel() {
        RlcModel m = started();
        ModelControls c = new ModelControls(m);
        int day = c.indexOf("Day");
        assertFalse(c.isReadWrite(day));
        assertEquals(-31, c.getValue(day));
        m.schedule.step(m);
        assertEquals(-30, c.getValue(day));
        assertNull(c.setValue(day, "5"), "read-only");
        assertEquals(Headline.of(m).members(), c.getValue(c.indexOf("Members of the RLC")));
        assertEquals(6 + 1 + 12 + 10, c.numProperties());
    }
}
