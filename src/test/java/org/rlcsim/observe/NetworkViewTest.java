package org.rlcsim.observe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rlcsim.Runs;
import org.rlcsim.model.Person;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.Tie;
import org.rlcsim.model.TieType;

/** The network census a field study would take, read between days the quick way. */
class NetworkViewTest {

    @Test
    void betweenDaysEveryHeldTieIsLiveAndTheQuickCensusAgreesWithReadingEveryTie() {
        RlcModel model = new RlcModel(Runs.params("population.participants=300", "burn_in_days=0", "days=400"));
        model.start();
        NetworkView view = new NetworkView(model);
        int checkedDays = 0;
        for (int d = 0; d < 400; d++) {
            model.schedule.step(model);
            if (d % 9 != 0) continue;
            int day = model.today();
            assertTrue(model.dayOver());
            for (Person p : model.people()) {
                for (int k = 0; k < p.tieCount(); k++) assertTrue(p.ties()[k].isAliveOn(day), "a held tie is over on day " + day);
                assertArrayEquals(everyTie(view, p, day), view.census(p, day), "person " + p.id + ", day " + day);
            }
            checkedDays++;
        }
        assertTrue(checkedDays > 40);
    }

    /** The census by reading every tie, as when a day is not over. */
    private static int[] everyTie(NetworkView view, Person p, int day) {
        int[] counts = new int[TieType.ALL.length + 1];
        for (int k = 0; k < p.tieCount(); k++) {
            Tie t = p.ties()[k];
            if (!t.isAliveOn(day)) continue;
            counts[t.type.ordinal()]++;
            if (view.isFriend(t, day)) counts[NetworkView.FRIENDS]++;
        }
        return counts;
    }
}
