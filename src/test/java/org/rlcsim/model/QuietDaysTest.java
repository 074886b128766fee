package org.rlcsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rlcsim.Runs;

/**
 * Intrapersonal states change only on days with experience and relapse in closed form in
 * between: what observers read day after day must be exactly the daily rule, and a mechanism
 * switched off mid-run must freeze its state where it stood that day.
 */
class QuietDaysTest {

    private static RlcModel started(String... overrides) {
        String[] all = new String[overrides.length + 2];
        all[0] = "population.participants=1000";
        all[1] = "burn_in_days=365";
        System.arraycopy(overrides, 0, all, 2, overrides.length);
        RlcModel model = new RlcModel(Runs.params(all));
        model.start();
        return model;
    }

    @Test
    void onEachQuietDayEveryStateMovesBackTowardsItsStartByTheDailyShare() {
        RlcModel model = started();
        var fx = model.params().effects();
        for (int d = 0; d < 450; d++) model.schedule.step(model);
        Person[] people = model.people();
        RlcModel.States[] before = new RlcModel.States[people.length];
        int quietDaysChecked = 0;
        for (int d = 0; d < 60; d++) {
            for (Person p : people) before[p.id] = model.statesOf(p);
            model.schedule.step(model);
            for (Person p : people) {
                if (p.statesDay() == model.today() || !p.hasAttended()) continue; // changed today, or never moved
                RlcModel.States was = before[p.id];
                RlcModel.States now = model.statesOf(p);
                assertEquals(was.identity() - fx.identity().relapse() * (was.identity() - p.identityStart), now.identity(), 1e-12);
                assertEquals(was.selfEsteem() - fx.selfEsteem().relapse() * (was.selfEsteem() - p.selfEsteemStart), now.selfEsteem(), 1e-12);
                assertEquals(was.responsibility() - fx.responsibility().relapse() * (was.responsibility() - p.responsibilityStart),
                        now.responsibility(), 1e-12);
                assertEquals(was.coping() - fx.coping().relapse() * (was.coping() - p.copingStart), now.coping(), 1e-12);
                assertEquals(was.socialAnxiety() - fx.socialNetworks().relapse() * (was.socialAnxiety() - p.socialAnxietyStart),
                        now.socialAnxiety(), 1e-12);
                if (Math.abs(was.coping() - p.copingStart) > 1e-4) quietDaysChecked++;
            }
        }
        assertTrue(quietDaysChecked > 500, "quiet days of people whose coping had moved: " + quietDaysChecked);
    }

    @Test
    void aMechanismSwitchedOffFreezesItsStateWhereItStoodThatDay() {
        RlcModel model = started();
        for (int d = 0; d < 450; d++) model.schedule.step(model);
        Person[] people = model.people();
        double[] atSwitch = new double[people.length];
        int moved = 0;
        for (Person p : people) {
            atSwitch[p.id] = model.statesOf(p).coping();
            if (p.statesDay() < model.today() && Math.abs(atSwitch[p.id] - p.copingStart) > 1e-4) moved++;
        }
        assertTrue(moved > 10, "people whose coping had moved and relapsed since: " + moved);
        model.setOn(Theme.COPING, false);
        for (int d = 0; d < 30; d++) model.schedule.step(model);
        for (Person p : people) assertEquals(atSwitch[p.id], model.statesOf(p).coping(), "person " + p.id);
        // switched on again, relapse resumes from where it was frozen
        model.setOn(Theme.COPING, true);
        model.schedule.step(model);
        double relapse = model.params().effects().coping().relapse();
        int resumed = 0;
        for (Person p : people) {
            if (p.statesDay() == model.today()) continue; // experience today
            assertEquals(atSwitch[p.id] - relapse * (atSwitch[p.id] - p.copingStart), model.statesOf(p).coping(), 1e-12);
            if (Math.abs(atSwitch[p.id] - p.copingStart) > 1e-4) resumed++;
        }
        assertTrue(resumed > 10, "people whose frozen coping relapsed again: " + resumed);
    }
}
