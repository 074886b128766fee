package org.rlcsim.scenario;

import static org.rlcsim.scenario.NodeText.quote;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.rlcsim.model.Facilitator;
import org.rlcsim.model.Theme;
import org.rlcsim.model.params.Activity;

/** Checks across fields: values that are each in range but cannot work together. */
final class ConsistencyChecks {

    private static final String ENABLED = "rlc.enabled";
    private static final String STAFF = "rlc.staff";
    private static final String LEADERSHIP_SWITCH = "mechanisms." + Theme.LEADERSHIP.key();
    private static final String LEADERSHIP_LEVEL = "rlc.opportunities.leadership";

    private final Map<String, Object> values;
    private final List<Activity> schedule;
    private final RawScenario raw;
    private final Origin defaults;

    private ConsistencyChecks(Map<String, Object> values, List<Activity> schedule, RawScenario raw, Origin file) {
        this.values = values;
        this.schedule = schedule;
        this.raw = raw;
        this.defaults = file.withoutLine();
    }

    static void check(Map<String, Object> values, List<Activity> schedule, RawScenario raw, Origin file)
            throws ScenarioException {
        ConsistencyChecks c = new ConsistencyChecks(values, schedule, raw, file);
        c.startingStatesAreBetaDistributions();
        if ((Boolean) values.get(ENABLED)) c.scheduleCanRun();
    }

    /** Starting states are drawn from Beta distributions, which exist only when sd^2 < mean (1 - mean). */
    private void startingStatesAreBetaDistributions() throws ScenarioException {
        for (Key k : ScenarioSchema.keys()) {
            String path = k.path();
            if (!path.startsWith("initial.") || !path.endsWith(".sd")) continue;
            String meanPath = path.substring(0, path.length() - ".sd".length()) + ".mean";
            if (!values.containsKey(meanPath)) continue;
            double sd = (Double) values.get(path), mean = (Double) values.get(meanPath);
            if (sd * sd < mean * (1 - mean)) continue;
            BigDecimal largest = new BigDecimal(Math.sqrt(mean * (1 - mean))).round(new MathContext(3, RoundingMode.DOWN));
            boolean written = raw.scalars().containsKey(path);
            Origin at = written ? origin(path) : origin(meanPath);
            throw at.error(path, PlainNumber.of(sd) + (written ? "" : " (the default)") + " is too large for a mean of "
                    + PlainNumber.of(mean) + "; a Beta distribution needs sd below " + largest.toPlainString());
        }
    }

    private void scheduleCanRun() throws ScenarioException {
        if (schedule.isEmpty()) {
            Origin at = raw.scheduleAt() != null ? raw.scheduleAt() : defaults;
            throw at.error(ScenarioSchema.SCHEDULE, "an RLC needs at least one activity; set rlc.enabled: false for none");
        }
        for (int i = 0; i < schedule.size(); i++) {
            if (schedule.get(i).facilitator() != Facilitator.PARTICIPANT) continue;
            String why = null;
            if (!(Boolean) values.get(LEADERSHIP_SWITCH)) why = LEADERSHIP_SWITCH + " is off";
            else if ((Double) values.get(LEADERSHIP_LEVEL) == 0) why = LEADERSHIP_LEVEL + " is 0";
            if (why != null) {
                throw facilitatorOrigin(i).error(ActivityReader.field(i, ActivityFields.FACILITATOR),
                        "'participant' needs participants who lead, but " + why);
            }
        }
        if ((Integer) values.get(STAFF) > 0) return;
        for (int i = 0; i < schedule.size(); i++) {
            Activity a = schedule.get(i);
            if (a.facilitator() != Facilitator.STAFF) continue;
            throw origin(STAFF).error(STAFF, "0 staff, but " + ScenarioSchema.SCHEDULE + "[" + i + "] " + quote(a.name())
                    + " is facilitated by staff; add staff or set its facilitator: participant");
        }
    }

    private Origin origin(String path) {
        RawValue v = raw.scalars().get(path);
        return v != null ? v.at() : defaults;
    }

    /** The facilitator's own line, else its activity's (facilitator left at its default). */
    private Origin facilitatorOrigin(int index) {
        RawActivity a = raw.schedule().get(index);
        RawValue v = a.fields().get(ActivityFields.FACILITATOR);
        return v != null ? v.at() : a.at();
    }
}
