package org.rlcsim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rlcsim.Runs;

/** The crisis hazard moves with coping, isolation, support and a recent discharge. */
class HospitalUseTest {

    @Test
    void hazardFallsWithCopingAndRisesWithIsolationAndAfterDischarge() {
        RlcModel model = new RlcModel(Runs.params("population.participants=50"));
        model.start();
        HospitalUse hospital = new HospitalUse(model);
        Person p = model.people()[0];
        p.statesDay = -1; // the states below are as the end of yesterday left them
        p.coping = 0.3;
        double low = hospital.crisisHazard(p, 0);
        p.coping = 0.7;
        double high = hospital.crisisHazard(p, 0);
        assertTrue(high < low, "better coping, lower hazard");
        p.isolation = 0.9;
        double lonely = hospital.crisisHazard(p, 0);
        p.isolation = 0.1;
        double connected = hospital.crisisHazard(p, 0);
        assertTrue(lonely > connected, "lonelier, higher hazard");
        double yearLater = hospital.crisisHazard(p, 400); // coping has relapsed by then: compare like with like
        p.lastDischargeDay = -3;
        assertTrue(hospital.crisisHazard(p, 0) > 3 * connected, "raised right after discharge");
        assertTrue(hospital.crisisHazard(p, 400) < 1.01 * yearLater, "back to normal a year later");
    }

    @Test
    void peopleInHospitalNeitherAttendNorFormTies() {
        RlcModel model = new RlcModel(Runs.params("population.participants=300", "hospital.crisis_rate=0.05",
                "hospital.admit_prob=0.5"));
        model.start();
        boolean[] wasIn = new boolean[model.people().length];
        int checked = 0;
        for (int d = 0; d < 500; d++) {
            for (Person p : model.people()) wasIn[p.id] = p.inHospital;
            model.schedule.step(model);
            int today = model.today();
            for (Person p : model.people()) {
                if (!wasIn[p.id] || !p.inHospital) continue;
                checked++;
                assertTrue(p.lastVisitDay() != today, "no visit in hospital");
                for (int k = 0; k < p.tieCount(); k++) assertTrue(p.ties()[k].formedDay != today, "no new tie in hospital");
            }
        }
        assertTrue(checked > 1000, "enough hospital days seen: " + checked);
    }
}
