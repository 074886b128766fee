package org.rlcsim.model;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.rlcsim.model.params.HospitalRules;

/**
 * Crises, emergency department visits and psychiatric admissions. The daily crisis hazard rises
 * as coping falls and isolation grows, falls with support from ties, differs between people
 * (frailty) and is raised for a while after a discharge (Eaton et al. 1992; CATIE). Every crisis
 * is an emergency visit; some end in an admission with a log-normal length of stay. In hospital
 * people do not attend the RLC and form no new ties.
 */
public final class HospitalUse {
    /** Readmission within this many days of a discharge counts as a 30-day readmission. */
    public static final int READMISSION_WINDOW = 30;
    private final RlcModel model;
    private final HospitalRules rules;
    /** Length of stay, one distribution per block, each drawing from its block's random stream. */
    private final LogNormalDistribution[] stay;
    private final double maxStateRisk;

    HospitalUse(RlcModel model) {
        this.model = model;
        this.rules = model.params().hospital();
        this.stay = new LogNormalDistribution[Shards.COUNT];
        for (Shard s : model.shards().all) {
            stay[s.index] = new LogNormalDistribution(new Draw.MasonRandom(s.random),
                    Math.log(rules.stayMedianDays()), Math.max(1e-9, rules.staySpread()));
        }
        this.maxStateRisk = rules.crisisRate() * Math.exp(0.5 * (rules.copingWeight() + rules.isolationWeight()));
    }

    void day(Person p, int day, Shard shard) {
        // At home before the next candidate day of a crisis (a day not drawn yet is before every
        // day) there is nothing to do; kept small so that the JIT inlines it into the daily loop.
        if (!p.inHospital && day < p.nextCrisis) return;
        hospitalDay(p, day, shard);
    }

    private void hospitalDay(Person p, int day, Shard shard) {
        if (p.inHospital) {
            if (day < p.dischargeDay) {
                p.bedDays++;
                return;
            }
            discharge(p, day);
        }
        MersenneTwisterFast random = shard.random;
        if (p.nextCrisis == Thinning.NOW) drawNextCrisis(p, day - 1, random);
        if (day < p.nextCrisis) return;
        // accept with the bound the candidate was drawn from, then draw the next one from today's
        double bound = p.crisisBound;
        drawNextCrisis(p, day, random);
        if (!Thinning.tryEvent(random, crisisHazard(p, day), bound)) return;
        p.erVisits++;
        if (random.nextDouble() < rules.admitProb()) admit(p, day, shard);
    }

    /**
     * Draws the next candidate day with the bound valid from tomorrow on and keeps that bound: a
     * candidate is accepted against the bound it was drawn from, even if the raised risk after
     * a discharge has ended meanwhile, which keeps the draws exact.
     */
    private void drawNextCrisis(Person p, int after, MersenneTwisterFast random) {
        p.crisisBound = hazardBound(p, after + 1);
        p.nextCrisis = Thinning.next(random, after, p.crisisBound);
    }

    /** A value the crisis hazard cannot exceed: coping and isolation lie in 0 to 1. */
    private double hazardBound(Person p, int day) {
        double bound = Math.min(1.0, maxStateRisk * p.frailty);
        if (p.lastDischargeDay != Person.NEVER && day - p.lastDischargeDay < 10 * rules.postDischargeDays()) {
            bound = Math.min(1.0, bound * (1.0 + rules.postDischargeRisk()));
        }
        return bound;
    }

    /** Daily chance of a crisis. */
    public double crisisHazard(Person p, int day) {
        double support = Math.min(1.0, p.tieCount / rules.supportTies());
        double coping = model.coping.of(p, day);
        double logHazard = rules.copingWeight() * (0.5 - coping) + rules.isolationWeight() * (p.isolation - 0.5)
                - rules.supportWeight() * support;
        double hazard = rules.crisisRate() * p.frailty * Math.exp(logHazard);
        if (p.lastDischargeDay != Person.NEVER) {
            double since = day - p.lastDischargeDay;
            if (since < 10 * rules.postDischargeDays()) {
                hazard *= 1.0 + rules.postDischargeRisk() * Math.exp(-since / rules.postDischargeDays());
            }
        }
        return hazard;
    }

    private void admit(Person p, int day, Shard shard) {
        // counted only after a discharge inside the observation window, whose discharges are counted too
        if (p.discharges > 0 && day - p.lastDischargeDay <= READMISSION_WINDOW) p.readmissions30++;
        p.admissions++;
        p.admittedToday = true;
        p.inHospital = true;
        p.bedDays++; // the day of admission is the stay's first bed day
        p.dischargeDay = day + Math.max(1, (int) Math.round(stay[shard.index].sample()));
        shard.admitted.add(p); // a leader's role is handed on after the pass
    }

    /** Home again on {@code day}: a stay of L days covers the admission day and the L - 1 after it. */
    private void discharge(Person p, int day) {
        p.inHospital = false;
        p.lastDischargeDay = day;
        p.discharges++;
        p.nextCrisis = Thinning.NOW; // the risk, and its bound, are raised from now
    }
}
