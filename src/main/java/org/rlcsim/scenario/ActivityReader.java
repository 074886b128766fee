package org.rlcsim.scenario;

import static org.rlcsim.scenario.NodeText.describe;
import static org.rlcsim.scenario.NodeText.isNull;
import static org.rlcsim.scenario.NodeText.quote;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.rlcsim.model.ActivityType;
import org.rlcsim.model.Facilitator;
import org.rlcsim.model.Location;
import org.rlcsim.model.Opportunity;
import org.rlcsim.model.TimeOfDay;
import org.rlcsim.model.params.Activity;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Turns written schedule entries into {@link Activity} records, checking every field. */
final class ActivityReader {

    private static final String REQUIRED = "every activity needs a name, type, days and capacity";

    private ActivityReader() {}

    static List<Activity> readAll(List<RawActivity> raw) throws ScenarioException {
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Activity a = read(i, raw.get(i), activities);
            for (int j = 0; j < activities.size(); j++) {
                if (activities.get(j).name().equalsIgnoreCase(a.name())) {
                    RawValue name = raw.get(i).fields().get(ActivityFields.NAME);
                    throw name.at().error(field(i, ActivityFields.NAME), quote(a.name())
                            + " is already the name of " + ScenarioSchema.SCHEDULE + "[" + j + "]; names must differ");
                }
            }
            RoomBookings.check(i, a, raw.get(i), activities);
            activities.add(a);
        }
        return Collections.unmodifiableList(activities);
    }

    /** One entry, read in the light of those before it (a site keeps the location it was first given). */
    static Activity read(int index, RawActivity raw, List<Activity> earlier) throws ScenarioException {
        ActivityType type = type(index, raw);
        String site = site(index, raw, type);
        return new Activity(name(index, raw), type, days(index, raw), time(index, raw), hours(index, raw),
                capacity(index, raw), facilitator(index, raw), site, location(index, raw, type, site, earlier),
                room(index, raw), offers(index, raw));
    }

    static String field(int index, String name) {
        return ScenarioSchema.SCHEDULE + "[" + index + "]." + name;
    }

    private static String name(int index, RawActivity raw) throws ScenarioException {
        return oneLineText(require(index, raw, ActivityFields.NAME), field(index, ActivityFields.NAME), "a name");
    }

    private static ActivityType type(int index, RawActivity raw) throws ScenarioException {
        String text = requiredText(index, raw, ActivityFields.TYPE, "one of " + keys(ActivityType.values(), ActivityType::key));
        return choose(text, "an activity type", keys(ActivityType.values(), ActivityType::key), ActivityType::fromKey,
                raw.fields().get(ActivityFields.TYPE).at(), field(index, ActivityFields.TYPE));
    }

    private static Set<DayOfWeek> days(int index, RawActivity raw) throws ScenarioException {
        String field = field(index, ActivityFields.DAYS);
        RawValue v = require(index, raw, ActivityFields.DAYS);
        if (!(v.node() instanceof SequenceNode list)) {
            throw v.at().error(field, "expected a list of days such as [mon, thu], got " + describe(v.node()));
        }
        if (list.getValue().isEmpty()) throw v.at().error(field, "an activity needs at least one day");
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (Node item : list.getValue()) {
            Origin at = v.at().at(item);
            DayOfWeek d = day(item, at, field);
            if (!days.add(d)) throw at.error(field, quote(text(item)) + " is listed twice");
        }
        return Collections.unmodifiableSet(days);
    }

    private static DayOfWeek day(Node item, Origin at, String field) throws ScenarioException {
        if (!(item instanceof ScalarNode s) || isNull(s)) {
            throw at.error(field, "expected a day such as mon, got " + describe(item));
        }
        String text = s.getValue().strip().toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            String full = d.name().toLowerCase(Locale.ROOT);
            // mon, tues, thurs, monday...: any start of the full name of three letters or more
            if (text.length() >= 3 && full.startsWith(text)) return d;
        }
        String hint = DidYouMean.hint(DidYouMean.closest(text, ActivityFields.WEEKDAYS));
        throw at.error(field, quote(s.getValue()) + " is not a day"
                + (hint.isEmpty() ? "; expected " + oneOf(ActivityFields.WEEKDAYS) : hint));
    }

    private static int capacity(int index, RawActivity raw) throws ScenarioException {
        RawValue v = require(index, raw, ActivityFields.CAPACITY);
        Key capacity = new Key(field(index, ActivityFields.CAPACITY), Key.Kind.INT, null, 1,
                ActivityFields.MAX_CAPACITY, "people per session");
        return (Integer) ScalarValues.parse(capacity, v);
    }

    private static TimeOfDay time(int index, RawActivity raw) throws ScenarioException {
        return optional(index, raw, ActivityFields.TIME, TimeOfDay.MORNING, TimeOfDay.values(), TimeOfDay::key,
                TimeOfDay::fromKey, "a time of day");
    }

    private static double hours(int index, RawActivity raw) throws ScenarioException {
        RawValue v = raw.fields().get(ActivityFields.HOURS);
        if (v == null) return Activity.USUAL_HOURS;
        String field = field(index, ActivityFields.HOURS);
        Key hours = new Key(field, Key.Kind.DOUBLE, null, 0.0, ActivityFields.MAX_HOURS, "hours per session");
        double h = (Double) ScalarValues.parse(hours, v);
        if (h <= 0) throw v.at().error(field, "a session must last some time; got " + PlainNumber.of(h));
        return h;
    }

    private static String site(int index, RawActivity raw, ActivityType type) throws ScenarioException {
        RawValue v = raw.fields().get(ActivityFields.SITE);
        if (v == null) return Activity.usualSite(type);
        return oneLineText(v, field(index, ActivityFields.SITE), "a site's name such as RLC or Public library");
    }

    /**
     * The written location; else the one an earlier activity gave the same site; else, for the
     * two sites every scenario has, theirs. A newly named site must say where it is.
     */
    private static Location location(int index, RawActivity raw, ActivityType type, String site, List<Activity> earlier)
            throws ScenarioException {
        RawValue v = raw.fields().get(ActivityFields.LOCATION);
        String field = field(index, ActivityFields.LOCATION);
        Activity sameSite = null;
        int at = -1;
        for (int j = 0; j < earlier.size() && sameSite == null; j++) {
            if (earlier.get(j).site().equalsIgnoreCase(site)) {
                sameSite = earlier.get(j);
                at = j;
            }
        }
        if (v == null) {
            if (sameSite != null) return sameSite.location();
            if (site.equalsIgnoreCase(Activity.RLC_SITE)) return Location.RLC;
            if (site.equalsIgnoreCase(Activity.COMMUNITY_SITE)) return Location.COMMUNITY;
            if (!raw.fields().containsKey(ActivityFields.SITE)) return Activity.usualLocation(type);
            throw raw.fields().get(ActivityFields.SITE).at().error(field, "missing; say whether " + quote(site)
                    + " is the RLC's own (location: rlc) or in the community (location: community)");
        }
        List<String> keys = keys(Location.values(), Location::key);
        Location written = choose(scalarText(v, field, "rlc or community"), "a location", keys, Location::fromKey,
                v.at(), field);
        if (sameSite != null && sameSite.location() != written) {
            throw v.at().error(field, quote(site) + " is " + sameSite.location().key() + " in " + ScenarioSchema.SCHEDULE
                    + "[" + at + "]; one site has one location");
        }
        return written;
    }

    private static String room(int index, RawActivity raw) throws ScenarioException {
        RawValue v = raw.fields().get(ActivityFields.ROOM);
        if (v == null || isNull(v.node())) return "";
        return oneLineText(v, field(index, ActivityFields.ROOM), "a room's name such as Group room");
    }

    private static String oneLineText(RawValue v, String field, String expected) throws ScenarioException {
        String text = scalarText(v, field, expected);
        if (text.isEmpty()) throw v.at().error(field, "must not be empty");
        if (text.contains("\n") || text.contains("\r")) throw v.at().error(field, "must fit on one line");
        return text;
    }

    private static Facilitator facilitator(int index, RawActivity raw) throws ScenarioException {
        return optional(index, raw, ActivityFields.FACILITATOR, Facilitator.STAFF, Facilitator.values(),
                Facilitator::key, Facilitator::fromKey, "a facilitator");
    }

    /** A field naming one of {@code values}, or {@code usual} when it is not written. */
    private static <E> E optional(int index, RawActivity raw, String name, E usual, E[] values, Function<E, String> key,
                                  Function<String, E> fromKey, String what) throws ScenarioException {
        RawValue v = raw.fields().get(name);
        if (v == null) return usual;
        String field = field(index, name);
        List<String> keys = keys(values, key);
        return choose(scalarText(v, field, oneOf(keys)), what, keys, fromKey, v.at(), field);
    }

    private static Set<Opportunity> offers(int index, RawActivity raw) throws ScenarioException {
        EnumSet<Opportunity> offers = EnumSet.noneOf(Opportunity.class);
        RawValue v = raw.fields().get(ActivityFields.OFFERS);
        if (v == null || isNull(v.node())) return Collections.unmodifiableSet(offers);
        String field = field(index, ActivityFields.OFFERS);
        List<String> keys = keys(Opportunity.values(), Opportunity::key);
        if (!(v.node() instanceof SequenceNode list)) {
            throw v.at().error(field, "expected a list such as [leadership, trainings], got " + describe(v.node()));
        }
        for (Node item : list.getValue()) {
            Origin at = v.at().at(item);
            if (!(item instanceof ScalarNode s) || isNull(s)) {
                throw at.error(field, "expected one of " + String.join(", ", keys) + ", got " + describe(item));
            }
            Opportunity o = choose(s.getValue().strip(), "an opportunity", keys, Opportunity::fromKey, at, field);
            if (!offers.add(o)) throw at.error(field, quote(s.getValue()) + " is listed twice");
        }
        return Collections.unmodifiableSet(offers);
    }

    private static RawValue require(int index, RawActivity raw, String name) throws ScenarioException {
        RawValue v = raw.fields().get(name);
        if (v == null) throw raw.at().error(field(index, name), "missing; " + REQUIRED);
        return v;
    }

    private static String requiredText(int index, RawActivity raw, String name, String expected)
            throws ScenarioException {
        return scalarText(require(index, raw, name), field(index, name), expected);
    }

    private static String scalarText(RawValue v, String field, String expected) throws ScenarioException {
        if (!(v.node() instanceof ScalarNode s) || isNull(s)) {
            throw v.at().error(field, "expected " + expected + ", got " + describe(v.node()));
        }
        return s.getValue().strip();
    }

    private static String text(Node n) {
        return n instanceof ScalarNode s ? s.getValue() : "";
    }

    static <E> E choose(String text, String what, List<String> keys, Function<String, E> fromKey,
                                Origin at, String field) throws ScenarioException {
        String key = text.toLowerCase(Locale.ROOT);
        if (keys.contains(key)) return fromKey.apply(key);
        String hint = DidYouMean.hint(DidYouMean.closest(text, keys));
        String expected = hint.isEmpty() ? "; expected " + oneOf(keys) : hint;
        throw at.error(field, quote(text) + " is not " + what + expected);
    }

    private static String oneOf(List<String> keys) {
        if (keys.size() == 1) return keys.get(0);
        return String.join(", ", keys.subList(0, keys.size() - 1)) + " or " + keys.get(keys.size() - 1);
    }

    private static <E> List<String> keys(E[] values, Function<E, String> key) {
        List<String> keys = new ArrayList<>();
        for (E e : values) keys.add(key.apply(e));
        return keys;
    }
}
