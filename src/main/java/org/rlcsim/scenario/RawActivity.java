package org.rlcsim.scenario;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rlcsim.model.Opportunity;
import org.rlcsim.model.params.Activity;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One schedule entry as written: its fields (only names from {@link ActivityFields}) not yet
 * checked. Mutable so that {@code --set rlc.schedule[i].field=value} can replace a field.
 *
 * @param at     where the entry starts
 * @param fields field name to value
 */
record RawActivity(Origin at, Map<String, RawValue> fields) {

    /**
     * A default activity in the same raw form as a written one, so that overrides of the default
     * timetable ({@code rlc.schedule[2].capacity=25} with no schedule in the file) work alike.
     */
    static RawActivity of(Activity a, Origin at) {
        Map<String, RawValue> fields = new LinkedHashMap<>();
        fields.put(ActivityFields.NAME, new RawValue(text(a.name()), at));
        fields.put(ActivityFields.TYPE, new RawValue(text(a.type().key()), at));
        List<Node> days = new ArrayList<>();
        for (DayOfWeek d : a.days()) days.add(text(ActivityFields.WEEKDAYS.get(d.ordinal())));
        fields.put(ActivityFields.DAYS, new RawValue(list(days), at));
        fields.put(ActivityFields.TIME, new RawValue(text(a.time().key()), at));
        fields.put(ActivityFields.HOURS, new RawValue(text(PlainNumber.of(a.hours())), at));
        fields.put(ActivityFields.CAPACITY, new RawValue(text(String.valueOf(a.capacity())), at));
        fields.put(ActivityFields.FACILITATOR, new RawValue(text(a.facilitator().key()), at));
        fields.put(ActivityFields.SITE, new RawValue(text(a.site()), at));
        fields.put(ActivityFields.LOCATION, new RawValue(text(a.location().key()), at));
        if (!a.room().isEmpty()) fields.put(ActivityFields.ROOM, new RawValue(text(a.room()), at));
        List<Node> offers = new ArrayList<>();
        for (Opportunity o : a.offers()) offers.add(text(o.key()));
        fields.put(ActivityFields.OFFERS, new RawValue(list(offers), at));
        return new RawActivity(at, fields);
    }

    private static Node text(String s) {
        return new ScalarNode(Tag.STR, s, null, null, DumperOptions.ScalarStyle.PLAIN);
    }

    private static Node list(List<Node> items) {
        return new SequenceNode(Tag.SEQ, items, DumperOptions.FlowStyle.FLOW);
    }
}
