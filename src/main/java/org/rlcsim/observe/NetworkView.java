package org.rlcsim.observe;

import org.rlcsim.model.Person;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.Tie;
import org.rlcsim.model.TieType;
import org.rlcsim.model.params.TieRules;

/** A person's network as a field study would record it on a given day. */
public final class NetworkView {
    private final TieRules rules;
    private final RlcModel model;

    public NetworkView(RlcModel model) {
        this.rules = model.params().ties();
        this.model = model;
    }

    /** Index of the friend count in {@link #census}'s result, after the counts by tie type. */
    public static final int FRIENDS = TieType.ALL.length;

    /** Live ties by type (indexed by {@link TieType#ordinal()}) and, at {@link #FRIENDS}, friends: one pass. */
    public int[] census(Person p, int day) {
        if (betweenDays(day)) return censusBetweenDays(p, day);
        int[] counts = new int[TieType.ALL.length + 1];
        Tie[] ties = p.ties();
        for (int k = 0; k < p.tieCount(); k++) {
            Tie t = ties[k];
            if (!t.isAliveOn(day)) continue;
            counts[t.type.ordinal()]++;
            if (isFriend(t, day)) counts[FRIENDS]++;
        }
        return counts;
    }

    /**
     * As {@link #census}, when the day is over and every tie held is live: counts by type come
     * from the person, and only ties that can be friendships are read. Observation reads the
     * census every week, and reading every tie was a tenth of a run's time.
     */
    private int[] censusBetweenDays(Person p, int day) {
        int[] counts = new int[TieType.ALL.length + 1];
        for (TieType t : TieType.ALL) counts[t.ordinal()] = p.tiesOf(t);
        counts[FRIENDS] = model.network().friendsOf(p, day);
        return counts;
    }

    /**
     * Whether {@code day} is the model's last day and it is over: every tie a person holds is
     * live then, so counts come from the person without reading each tie.
     */
    private boolean betweenDays(int day) {
        return day == model.today() && model.dayOver();
    }

    /** Live ties of any type. */
    public int size(Person p, int day) {
        if (betweenDays(day)) return p.tieCount();
        int n = 0;
        Tie[] ties = p.ties();
        for (int k = 0; k < p.tieCount(); k++) if (ties[k].isAliveOn(day)) n++;
        return n;
    }

    public int friends(Person p, int day) {
        if (betweenDays(day)) return model.network().friendsOf(p, day);
        int n = 0;
        Tie[] ties = p.ties();
        for (int k = 0; k < p.tieCount(); k++) {
            if (isFriend(ties[k], day)) n++;
        }
        return n;
    }

    public boolean isFriend(Tie t, int day) {
        return t.isAliveOn(day) && t.type.canBeFriendship() && t.strengthOn(day) >= rules.friendThreshold();
    }
}
