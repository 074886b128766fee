package org.rlcsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rlcsim.Runs;

/**
 * Letting quiet days pass from {@link QuietDays}' arrays is an optimisation only: a model that
 * visits every person every day must end in exactly the same state. A missed disturbance (a tie
 * formed or ended, a relative estranged, a job or a stay in hospital) would show up here.
 */
class QuietDaysTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "seed=3",
            "seed=4;hospital.crisis_rate=0.05;labour.find_rate=0.01;labour.loss_rate=0.01",
            "seed=5;population.family_estranged_share=0.9;family.reconnect_rate=0.02;ties.family.end_rate=0.01",
            "seed=6;community.meet_rate=0.2;rlc.attendance.outreach_rate=0.01;mechanisms.social_networks=off"})
    void skippingQuietDaysChangesNothing(String settings) {
        String[] overrides = (settings + ";population.participants=300;burn_in_days=100;days=400").split(";");
        RlcModel visitingAll = run(overrides, false);
        RlcModel skipping = run(overrides, true);
        assertEquals(fingerprint(visitingAll), fingerprint(skipping));
        assertTrue(visitingAll.network().nodeCount() > 300, "the runs formed ties to new people");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aSwitchedMechanismIsFeltOnTheNextDay(int threads) {
        String[] overrides = {"seed=8", "population.participants=300", "burn_in_days=0", "days=400",
                "rlc.attendance.outreach_rate=0.01"};
        List<RlcModel> models = new ArrayList<>();
        for (boolean skip : new boolean[] {false, true}) {
            RlcModel m = new RlcModel(Runs.params(overrides), threads, skip);
            m.start();
            for (int d = 0; d < 400; d++) {
                if (d == 250) m.setOn(Theme.SOCIAL_NETWORKS, false); // peer contact outside the RLC stops
                m.schedule.step(m);
            }
            models.add(m);
        }
        assertArrayEquals(fingerprint(models.get(0)).toArray(), fingerprint(models.get(1)).toArray());
    }

    private static RlcModel run(String[] overrides, boolean skipQuietDays) {
        RlcModel m = new RlcModel(Runs.params(overrides), 1, skipQuietDays);
        m.start();
        while (m.today() < m.params().days() - 1) m.schedule.step(m);
        return m;
    }

    /** Everything about each person that the everyday pass changes, to the last bit. */
    private static List<String> fingerprint(RlcModel m) {
        List<String> out = new ArrayList<>();
        for (Person p : m.people()) {
            out.add(p.id + " " + Double.doubleToLongBits(p.isolation) + " " + Double.doubleToLongBits(p.coping)
                    + " " + p.tieCount() + " " + p.estrangedRelatives + " " + p.employed() + " " + p.jobsStarted()
                    + " " + p.admissions() + " " + p.erVisits() + " " + p.bedDays() + " " + p.visits()
                    + " " + Double.doubleToLongBits(m.quietDays().contactClock[p.id]));
        }
        out.add("nodes " + m.network().nodeCount());
        return out;
    }
}
