package org.rlcsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.rlcsim.model.Facilitator;
import org.rlcsim.model.TimeOfDay;
import org.rlcsim.model.Opportunity;
import org.rlcsim.model.params.Activity;

/** Whatever valid scenario is written, reading it back gives the same scenario. */
class RoundTripProperties {

    private static final ResolvedScenario DEFAULTS = ScenarioReader.defaults();

    @Property(tries = 200)
    void writtenScenariosReadBackUnchanged(
            @ForAll @DoubleRange(min = 0, max = 1) double openness,
            @ForAll @DoubleRange(min = 0, max = 20) double jobsConfidence,
            @ForAll @IntRange(min = 1, max = 5_000_000) int participants,
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed,
            @ForAll boolean leadership,
            @ForAll @IntRange(min = 1, max = ActivityFields.MAX_CAPACITY) int capacity,
            @ForAll Set<DayOfWeek> days,
            @ForAll Set<Opportunity> offers,
            @ForAll TimeOfDay time,
            @ForAll @DoubleRange(min = 0.25, max = ActivityFields.MAX_HOURS) double hours,
            @ForAll("names") String name) throws ScenarioException {
        Map<String, Object> values = new LinkedHashMap<>(DEFAULTS.values());
        values.put("rlc.atmosphere.openness", openness);
        values.put("effects.jobs.confidence", jobsConfidence);
        values.put("population.participants", participants);
        values.put("seed", seed);
        values.put("mechanisms.leadership", leadership);
        List<Activity> schedule = new ArrayList<>(DEFAULTS.schedule());
        Activity first = schedule.get(0);
        // in a room of its own, so that any day and time is free
        schedule.set(0, new Activity(name, first.type(), days.isEmpty() ? first.days() : days, time, hours, capacity,
                Facilitator.STAFF, first.site(), first.location(), name, offers));
        ResolvedScenario s = new ResolvedScenario("generated", values, schedule);

        ResolvedScenario back = ScenarioReader.read("generated", ScenarioYaml.toYaml(s), List.of());

        assertEquals(s, back);
    }

    /** One-line names that differ from the other default activities' and need no trimming. */
    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("aZ 9:#'\"-[]{},&*!|>%@`?\u00e9\u4e2d").ofMinLength(1).ofMaxLength(20)
                .filter(n -> !n.isBlank() && n.equals(n.strip()))
                .filter(n -> DEFAULTS.schedule().stream().skip(1).noneMatch(a -> a.name().equalsIgnoreCase(n)));
    }
}
