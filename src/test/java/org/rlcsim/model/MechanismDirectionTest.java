package org.rlcsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rlcsim.observe.Group.ALL;
import static org.rlcsim.observe.Group.ATTENDERS;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rlcsim.Runs;
import org.rlcsim.Runs.Result;
import org.rlcsim.observe.Metric;

/**
 * Each of the twelve mechanisms pushes its outcome the way the study says, and switching it off
 * removes that push. Small communities, fixed seeds, averaged over a few seeds.
 */
class MechanismDirectionTest {
    private static final String[] SMALL = {"population.participants=600", "days=730", "burn_in_days=365"};

    private static List<Result> runs(String... extra) {
        String[] all = new String[SMALL.length + extra.length];
        System.arraycopy(SMALL, 0, all, 0, SMALL.length);
        System.arraycopy(extra, 0, all, SMALL.length, extra.length);
        return Runs.seeds(3, all);
    }

    private static double attenders(List<Result> r, Metric m) {
        return Runs.mean(r, ATTENDERS, m);
    }

    private static final List<Result> BASE = runs();

    /** The attenders' mean of {@code m} is lower in {@code off} than in the baseline runs. */
    private static void assertLowerWhenOff(List<Result> off, Metric m) {
        assertTrue(attenders(off, m) < attenders(BASE, m),
                m.key() + ": off " + attenders(off, m) + ", on " + attenders(BASE, m));
    }

    @Test
    void moreOpennessMeansMoreRlcTies() {
        List<Result> open = runs("rlc.atmosphere.openness=1.0");
        List<Result> closed = runs("rlc.atmosphere.openness=0.0");
        assertTrue(attenders(open, Metric.RLC_TIES) > 1.2 * attenders(closed, Metric.RLC_TIES),
                "RLC ties open " + attenders(open, Metric.RLC_TIES) + " closed " + attenders(closed, Metric.RLC_TIES));
    }

    @Test
    void relaxedOpenOffMeansFewerRlcTiesAndLessCoping() {
        List<Result> off = runs("mechanisms.relaxed_open=off");
        assertLowerWhenOff(off, Metric.RLC_TIES);
        assertLowerWhenOff(off, Metric.COPING);
    }

    @Test
    void judgmentFreeOffMeansLessIdentityGain() {
        List<Result> off = runs("mechanisms.judgment_free=off");
        assertLowerWhenOff(off, Metric.IDENTITY);
    }

    @Test
    void flexibleOffMeansFewerVisits() {
        List<Result> off = runs("mechanisms.flexible=off");
        assertTrue(attenders(off, Metric.VISITS_PER_WEEK) < 0.9 * attenders(BASE, Metric.VISITS_PER_WEEK),
                "visits a week off " + attenders(off, Metric.VISITS_PER_WEEK) + " on "
                        + attenders(BASE, Metric.VISITS_PER_WEEK));
    }

    @Test
    void leadershipGivesLeaderRolesAndResponsibility() {
        List<Result> off = runs("mechanisms.leadership=off");
        assertEquals(0.0, Runs.mean(off, ALL, Metric.LEADERS_SHARE));
        assertTrue(off.stream().allMatch(r -> r.people().stream().allMatch(p -> p.leaderDays() == 0)));
        assertTrue(BASE.stream().allMatch(r -> r.people().stream().anyMatch(p -> p.leaderDays() > 0)));
        double leaderResp = BASE.stream().flatMap(r -> r.people().stream()).filter(p -> p.leaderDays() > 90)
                .mapToDouble(p -> p.responsibilityEnd()).average().orElseThrow();
        double otherResp = BASE.stream().flatMap(r -> r.people().stream()).filter(p -> p.attended() && p.leaderDays() == 0)
                .mapToDouble(p -> p.responsibilityEnd()).average().orElseThrow();
        assertTrue(leaderResp > otherResp, "leaders " + leaderResp + " other attenders " + otherResp);
    }

    @Test
    void meetingPeersOffMeansFewerRlcTies() {
        List<Result> off = runs("mechanisms.meeting_peers=off");
        assertLowerWhenOff(off, Metric.RLC_TIES);
    }

    @Test
    void trainingsOffMeansLessCoping() {
        List<Result> off = runs("mechanisms.trainings=off");
        assertLowerWhenOff(off, Metric.COPING);
    }

    @Test
    void intrapersonalMechanismsOffFreezeTheirState() {
        Result identityOff = Runs.run(concat("mechanisms.identity_transformation=off"));
        Result esteemOff = Runs.run(concat("mechanisms.self_esteem=off"));
        Result responsibilityOff = Runs.run(concat("mechanisms.responsibility=off"));
        Result copingOff = Runs.run(concat("mechanisms.coping=off"));
        Result anxietyOff = Runs.run(concat("mechanisms.social_networks=off"));
        for (Person p : identityOff.model().people()) assertEquals(p.identityStart, p.identity);
        for (Person p : esteemOff.model().people()) assertEquals(p.selfEsteemStart, p.selfEsteem);
        for (Person p : responsibilityOff.model().people()) assertEquals(p.responsibilityStart, p.responsibility);
        for (Person p : copingOff.model().people()) assertEquals(p.copingStart, p.coping);
        for (Person p : anxietyOff.model().people()) assertEquals(p.socialAnxietyStart, p.socialAnxiety);
        // and on, those who attend gain
        Result on = BASE.get(0);
        double gain = on.model().people().length == 0 ? 0 : java.util.Arrays.stream(on.model().people())
                .filter(Person::hasAttended).mapToDouble(p -> on.model().statesOf(p).coping() - p.copingStart).average().orElseThrow();
        assertTrue(gain > 0.02, "attenders' coping gain " + gain);
    }

    @Test
    void intrapersonalGainsAreLargerForAttenders() {
        for (Metric m : List.of(Metric.IDENTITY, Metric.SELF_ESTEEM, Metric.COPING)) {
            assertTrue(attenders(BASE, m) > Runs.mean(BASE, org.rlcsim.observe.Group.NON_ATTENDERS, m), m.key());
        }
    }

    @Test
    void responsibilityRebuildsFamilyTies() {
        // the chain: responsibility (frozen here, so only its level matters) -> relatives found again
        RlcModel model = new RlcModel(Runs.params("population.participants=400", "burn_in_days=0", "days=365",
                "rlc.enabled=false", "mechanisms.responsibility=off"));
        model.start();
        for (Person p : model.people()) {
            p.responsibility = p.id % 2 == 0 ? 0.9 : 0.1;
            p.estrangedRelatives = 4;
        }
        for (int d = 0; d < 365; d++) model.schedule.step(model);
        int[] found = new int[2];
        for (Person p : model.people()) {
            for (int k = 0; k < p.tieCount(); k++) {
                Tie t = p.ties()[k];
                if (t.type == TieType.FAMILY && t.formedDay >= 0) found[p.id % 2]++;
            }
        }
        assertTrue(found[0] > 3 * found[1] && found[1] > 0, "relatives found again: responsible " + found[0]
                + ", not " + found[1]);
        List<Result> off = runs("mechanisms.responsibility=off");
        assertTrue(attenders(off, Metric.RESPONSIBILITY) < attenders(BASE, Metric.RESPONSIBILITY) - 0.03,
                "attenders' responsibility off " + attenders(off, Metric.RESPONSIBILITY) + " on "
                        + attenders(BASE, Metric.RESPONSIBILITY));
    }

    @Test
    void socialNetworksOffMeansFewerFriendsForAttenders() {
        List<Result> off = runs("mechanisms.social_networks=off");
        assertLowerWhenOff(off, Metric.FRIENDS);
    }

    @Test
    void jobsOffMeansFewerAttendersEmployed() {
        List<Result> off = runs("mechanisms.jobs=off");
        assertLowerWhenOff(off, Metric.EMPLOYED_SHARE);
    }

    @Test
    void withoutAnRlcNobodyAttendsAndNoRlcTiesForm() {
        Result none = Runs.run(concat("rlc.enabled=false"));
        assertEquals(0.0, none.get(ALL, Metric.EVER_ATTENDED_SHARE));
        assertEquals(0.0, none.get(ALL, Metric.RLC_PEER_SHARE));
        assertEquals(0, none.model().network().nodeCount() == 0 ? 1 : 0);
    }

    private static String[] concat(String extra) {
        String[] all = java.util.Arrays.copyOf(SMALL, SMALL.length + 1);
        all[SMALL.length] = extra;
        return all;
    }
}
