package org.rlcsim.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.Theme;
import sim.util.Properties;

/**
 * The Model tab: sliders for the RLC's atmosphere and opportunities, a switch to close or open
 * the RLC, one switch per mechanism, then headline numbers that refresh every day. Listed in
 * that order, which MASON's reflection over getX methods would not keep. Sliders and switches
 * write straight into the model (MASON holds the schedule's lock while it sets them); they take
 * effect from the next day.
 */
final class ModelControls extends Properties {
    private static final long serialVersionUID = 1L;

    /** One row of the tab: read-only when it has no setter. */
    private record Control(String name, Class<?> type, Supplier<Object> get, Consumer<Object> set, Object domain,
                           String description) {}

    private final transient List<Control> controls = new ArrayList<>();
    private final transient RlcModel model;

    ModelControls(RlcModel m) {
        this.model = m;
        this.object = this;
        level("Atmosphere: judgment-free", m::getJudgmentFree, m::setJudgmentFree, m.domJudgmentFree(),
                Theme.JUDGMENT_FREE);
        level("Atmosphere: flexible", m::getFlexibility, m::setFlexibility, m.domFlexibility(), Theme.FLEXIBLE);
        level("Atmosphere: relaxed and open", m::getOpenness, m::setOpenness, m.domOpenness(), Theme.RELAXED_OPEN);
        level("Opportunity: leadership", m::getLeadership, m::setLeadership, m.domLeadership(), Theme.LEADERSHIP);
        level("Opportunity: meeting peers", m::getMeetingPeers, m::setMeetingPeers, m.domMeetingPeers(),
                Theme.MEETING_PEERS);
        level("Opportunity: trainings", m::getTrainings, m::setTrainings, m.domTrainings(), Theme.TRAININGS);
        controls.add(new Control("RLC open", Boolean.TYPE, () -> m.rlc() != null ? m.rlcOpen() : m.params().rlc().enabled(),
                v -> { if (m.rlc() != null) m.setRlcOpen((Boolean) v); }, null,
                "Close the RLC (members stop coming, leaders stand down) or open it again"));
        for (Theme t : Theme.values()) {
            controls.add(new Control("Mechanism: " + t.key().replace('_', ' '), Boolean.TYPE, () -> m.isOn(t),
                    v -> m.setOn(t, (Boolean) v), null, t.description()));
        }
        shown("Day", Integer.TYPE, Headline::day, "The model's day: 0 is the first day after the burn-in");
        shown("Members of the RLC", Integer.TYPE, Headline::members, "Participants who come to the RLC now");
        shown("Came today", Integer.TYPE, Headline::cameToday, "Participants at the RLC today");
        shown("Ever came", Integer.TYPE, Headline::everCame, "Participants who came at least once");
        shown("Participant leaders", Integer.TYPE, Headline::leaders, "Members who co-facilitate an activity");
        shown("In hospital", Integer.TYPE, Headline::inHospital, "Participants in hospital today");
        shown("Admissions since day 0", Integer.TYPE, Headline::admissions, "Psychiatric admissions since day 0");
        shown("Employed", Integer.TYPE, Headline::employed, "Participants in competitive employment");
        shown("Lonely", Integer.TYPE, Headline::lonely, "Participants with isolation at or above the loneliness threshold");
        shown("Mean isolation", String.class, h -> String.format(Locale.ROOT, "%.3f", h.meanIsolation()),
                "Mean isolation of all participants, 0 connected to 1 isolated");
    }

    private void level(String name, Supplier<Double> get, Consumer<Double> set, Object domain, Theme theme) {
        controls.add(new Control(name, Double.TYPE, get::get, v -> set.accept(((Number) v).doubleValue()), domain,
                theme.description() + " (0 to 1; the mechanism's switch is below)"));
    }

    private void shown(String name, Class<?> type, Function<Headline, Object> value, String description) {
        controls.add(new Control(name, type, () -> value.apply(Headline.of(model)), null, null, description));
    }

    /** The index of the row called {@code name}, or -1. */
    int indexOf(String name) {
        for (int i = 0; i < controls.size(); i++) if (controls.get(i).name().equals(name)) return i;
        return -1;
    }

    @Override
    public boolean isVolatile() {
        return false; // the rows never change; their values refresh because the inspector is volatile
    }

    @Override
    public int numProperties() {
        return controls.size();
    }

    @Override
    public Object getValue(int index) {
        return controls.get(index).get().get();
    }

    @Override
    public boolean isReadWrite(int index) {
        return controls.get(index).set() != null;
    }

    @Override
    public String getName(int index) {
        return controls.get(index).name();
    }

    @Override
    public Class<?> getType(int index) {
        return controls.get(index).type();
    }

    @Override
    public Object getDomain(int index) {
        return controls.get(index).domain();
    }

    @Override
    public String getDescription(int index) {
        return controls.get(index).description();
    }

    @Override
    protected Object _setValue(int index, Object value) {
        Control c = controls.get(index);
        if (c.set() == null) return null;
        c.set().accept(value);
        return getValue(index);
    }

    @Override
    public String toString() {
        return "Model";
    }
}
