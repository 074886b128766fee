package org.rlcsim.gui;

import java.util.Map;
import org.rlcsim.model.Person;
import org.rlcsim.model.RlcModel;
import org.rlcsim.observe.Group;
import org.rlcsim.observe.GroupMetrics;
import org.rlcsim.observe.Metric;

/**
 * What the charts plot for one day, taken on the model's thread between days and drawn later
 * on Swing's.
 *
 * @param first                 whether this is a run's first sample, which clears the charts of the last run
 * @param admissions            admissions since day 0, everybody
 * @param admissionsOfAttenders admissions since day 0 of people who have come to the RLC
 */
record DaySample(int day, boolean first, Map<Group, Map<Metric, Double>> metrics, int inHospital, int admissions,
                 int admissionsOfAttenders) {

    static DaySample of(RlcModel model, boolean first) {
        Headline h = Headline.of(model);
        int attenders = 0;
        for (Person p : model.people()) if (p.hasAttended()) attenders += p.admissions();
        return new DaySample(model.today(), first, GroupMetrics.compute(model), h.inHospital(), h.admissions(),
                attenders);
    }

    double get(Group g, Metric m) {
        return metrics.get(g).get(m);
    }
}
