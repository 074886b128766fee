package org.rlcsim.model.mechanisms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Relapse over quiet days in closed form is the daily rule applied day after day: a state read
 * after n days without experience is where n daily steps would have taken it.
 */
class RelapseTest {

    @Property
    void closedFormIsTheDailyRuleRepeated(@ForAll @DoubleRange(min = 0, max = 0.2) double rate,
                                          @ForAll @DoubleRange(min = 0, max = 1) double state,
                                          @ForAll @DoubleRange(min = 0, max = 1) double start,
                                          @ForAll @IntRange(min = 0, max = 3000) int days) {
        double daily = state;
        for (int d = 0; d < days; d++) daily -= rate * (daily - start);
        assertEquals(daily, new Relapse(rate).after(state, start, days), 1e-12);
    }

    @Property
    void noDaysOrNoRelapseLeaveTheStateExactlyAsItWas(@ForAll @DoubleRange(min = 0, max = 1) double state,
                                                      @ForAll @DoubleRange(min = 0, max = 1) double start,
                                                      @ForAll @IntRange(min = -5, max = 5000) int days) {
        assertEquals(state, new Relapse(0.03).after(state, start, Math.min(days, 0)));
        assertEquals(state, new Relapse(0.0).after(state, start, days));
    }
}
