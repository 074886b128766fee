package org.rlcsim.model;

import ec.util.MersenneTwisterFast;
import org.rlcsim.model.mechanisms.HoldingJobs;
import org.rlcsim.model.mechanisms.SocialNetworks;
import org.rlcsim.model.params.LabourRules;

/**
 * Finding and losing competitive jobs, with the chances set by {@link HoldingJobs}. A new job
 * brings coworkers, more of them for a sociable person.
 */
final class LabourMarket {
    private final RlcModel model;
    private final LabourRules rules;
    private final HoldingJobs jobs;
    private final SocialNetworks socialNetworks;

    LabourMarket(RlcModel model) {
        this.model = model;
        this.rules = model.params().labour();
        this.jobs = model.holdingJobs;
        this.socialNetworks = model.socialNetworks;
    }

    void day(Person p, int day, MersenneTwisterFast random, NewTies newTies) {
        if (p.employed && !p.inHospital) jobs.work(p);
        // Before the next candidate day nothing changes (a day not drawn yet is before every
        // day); kept small so that the JIT inlines it into the daily loop.
        if (day < p.nextJobChange) return;
        changeOnCandidateDay(p, day, random, newTies);
    }

    private void changeOnCandidateDay(Person p, int day, MersenneTwisterFast random, NewTies newTies) {
        p.nextJobChange = Thinning.drawn(random, p.nextJobChange, day,
                p.employed ? jobs.lossChanceBound() : jobs.findChanceBound());
        if (day < p.nextJobChange) return;
        if (p.employed) {
            double bound = jobs.lossChanceBound();
            p.nextJobChange = Thinning.next(random, day, bound);
            if (Thinning.tryEvent(random, jobs.lossChance(p, day), bound)) {
                p.employed = false;
                p.contactRate = -1;
                p.nextJobChange = Thinning.NOW;
            }
        } else {
            double bound = jobs.findChanceBound();
            p.nextJobChange = Thinning.next(random, day, bound);
            if (!p.inHospital && Thinning.tryEvent(random, jobs.findChance(p, day), bound)) startJob(p, day, random, newTies);
        }
    }

    void startJob(Person p, int day, MersenneTwisterFast random, NewTies newTies) {
        p.employed = true;
        p.contactRate = -1;
        p.nextJobChange = Thinning.NOW;
        p.jobsStarted++;
        int coworkers = Draw.poisson(random, rules.coworkersMean() * Math.min(1.0, socialNetworks.sociability(p, day)));
        for (int k = 0; k < coworkers; k++) {
            newTies.newcomer(p, Role.COWORKER, TieType.COWORKER,
                    (float) Draw.meanOneLogNormal(random, model.params().ties().affinitySd()));
        }
    }
}
