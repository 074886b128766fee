package org.rlcsim.observe;

import java.util.EnumMap;
import java.util.Map;
import org.rlcsim.model.HospitalUse;
import org.rlcsim.model.Person;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.TieType;

/** Computes every {@link Metric} for every {@link Group} on the model's current day, in one pass. */
public final class GroupMetrics {
    private static final int RECENT_VISIT_DAYS = 30;
    private static final int EARLY_DAYS = 120;
    private static final int OPENING_DAYS = 90;
    private static final int CHUNKS = 16;
    /** Not {@code Group.values()}, which copies the array at every call: once per person a week. */
    private static final Group[] GROUPS = Group.values();

    private GroupMetrics() {}

    /**
     * Metric values by group. A value is NaN where the group is empty or nobody in it is concerned
     * (tenure of people who never came); visits_per_week is 0 for people who never came and
     * readmission_30d_rate is 0 when there was no discharge to follow.
     */
    public static Map<Group, Map<Metric, Double>> compute(RlcModel model) {
        int day = model.today();
        Person[] people = model.people();
        // Fixed chunks summed on the model's own threads (a model on one thread is usually one of
        // several runs side by side) and merged in chunk order: the same result on any machine.
        Sums[][] parts = new Sums[CHUNKS][];
        model.inParallel(CHUNKS, c -> parts[c] = chunk(model, people, (int) ((long) people.length * c / CHUNKS),
                (int) ((long) people.length * (c + 1) / CHUNKS), day));
        Sums[] sums = parts[0];
        for (int c = 1; c < CHUNKS; c++) {
            for (Group g : GROUPS) sums[g.ordinal()].merge(parts[c][g.ordinal()]);
        }
        double personYears = Math.max(1, day + 1) / 365.0;
        Map<Group, Map<Metric, Double>> out = new EnumMap<>(Group.class);
        for (Group g : GROUPS) out.put(g, sums[g.ordinal()].metrics(personYears));
        return out;
    }

    private static Sums[] chunk(RlcModel model, Person[] people, int from, int to, int day) {
        double lonely = model.params().loneliness().lonelyThreshold();
        NetworkView view = new NetworkView(model);
        Sums[] sums = new Sums[GROUPS.length];
        for (Group g : GROUPS) sums[g.ordinal()] = new Sums();
        for (int i = from; i < to; i++) {
            Person p = people[i];
            int[] census = view.census(p, day);
            RlcModel.States states = model.statesOf(p);
            int size = 0;
            for (int t = 0; t < NetworkView.FRIENDS; t++) size += census[t];
            for (Group g : GROUPS) {
                if (g.contains(p, day)) sums[g.ordinal()].add(p, states, day, census, size, census[NetworkView.FRIENDS], lonely);
            }
        }
        return sums;
    }

    private static final class Sums {
        long n, withNetwork, attended, employed, attending, leaders, lonely, inHospital, everAdmitted;
        double size, friends, rlcTies, outsideTies, familyTies;
        double familyShare, rlcShare, outsideShare, coworkerShare;
        double isolation, selfEsteem, coping, identity, responsibility, anxiety;
        double visitsPerWeek, tenure;
        long earlyEligible, earlyLeavers, wholeRun;
        long admissions, erVisits, bedDays, discharges, readmissions;

        void add(Person p, RlcModel.States states, int day, int[] byType, int size, int friends, double lonelyThreshold) {
            n++;
            int fam = byType[TieType.FAMILY.ordinal()];
            int rlcT = byType[TieType.RLC_PEER.ordinal()] + byType[TieType.RLC_STAFF.ordinal()];
            int out = byType[TieType.OUTSIDE.ordinal()];
            int cw = byType[TieType.COWORKER.ordinal()];
            this.size += size;
            this.friends += friends;
            familyTies += fam;
            rlcTies += rlcT;
            outsideTies += out;
            if (size > 0) {
                withNetwork++;
                familyShare += (double) fam / size;
                rlcShare += (double) rlcT / size;
                outsideShare += (double) out / size;
                coworkerShare += (double) cw / size;
            }
            isolation += p.isolation;
            if (p.isolation >= lonelyThreshold) lonely++;
            selfEsteem += states.selfEsteem();
            coping += states.coping();
            identity += states.identity();
            responsibility += states.responsibility();
            anxiety += states.socialAnxiety();
            if (p.employed()) employed++;
            if (p.isLeader()) leaders++;
            if (p.inHospital()) inHospital++;
            if (p.hasAttended() && p.firstVisitDay() <= day) {
                attended++;
                int last = Math.min(p.lastVisitDay(), day);
                int span = last - p.firstVisitDay();
                tenure += span;
                visitsPerWeek += p.visits() / Math.max(1.0, (span + 1) / 7.0);
                boolean recent = day - last < RECENT_VISIT_DAYS;
                if (recent) attending++;
                if (day - p.firstVisitDay() >= EARLY_DAYS) {
                    earlyEligible++;
                    if (span < EARLY_DAYS && !recent) earlyLeavers++;
                }
                if (p.firstVisitDay() < OPENING_DAYS && recent) wholeRun++;
            }
            admissions += p.admissions();
            if (p.admissions() > 0) everAdmitted++;
            erVisits += p.erVisits();
            bedDays += p.bedDays();
            int eligible = p.discharges();
            if (p.discharges() > 0 && !p.inHospital()
                    && day - p.lastDischargeDay() < HospitalUse.READMISSION_WINDOW) {
                eligible--; // its 30 days are not over yet
            }
            discharges += eligible;
            readmissions += p.readmissions30();
        }

        void merge(Sums o) {
            n += o.n; withNetwork += o.withNetwork; attended += o.attended; employed += o.employed;
            attending += o.attending; leaders += o.leaders; lonely += o.lonely; inHospital += o.inHospital;
            everAdmitted += o.everAdmitted; size += o.size; friends += o.friends; rlcTies += o.rlcTies; outsideTies += o.outsideTies;
            familyTies += o.familyTies; familyShare += o.familyShare; rlcShare += o.rlcShare;
            outsideShare += o.outsideShare; coworkerShare += o.coworkerShare; isolation += o.isolation;
            selfEsteem += o.selfEsteem; coping += o.coping; identity += o.identity;
            responsibility += o.responsibility; anxiety += o.anxiety; visitsPerWeek += o.visitsPerWeek;
            tenure += o.tenure; earlyEligible += o.earlyEligible; earlyLeavers += o.earlyLeavers;
            wholeRun += o.wholeRun; admissions += o.admissions; erVisits += o.erVisits; bedDays += o.bedDays;
            discharges += o.discharges; readmissions += o.readmissions;
        }

        Map<Metric, Double> metrics(double years) {
            Map<Metric, Double> m = new EnumMap<>(Metric.class);
            m.put(Metric.NETWORK_SIZE, ratio(size, n));
            m.put(Metric.FAMILY_SHARE, ratio(familyShare, withNetwork));
            m.put(Metric.RLC_PEER_SHARE, ratio(rlcShare, withNetwork));
            m.put(Metric.OUTSIDE_SHARE, ratio(outsideShare, withNetwork));
            m.put(Metric.COWORKER_SHARE, ratio(coworkerShare, withNetwork));
            m.put(Metric.FRIENDS, ratio(friends, n));
            m.put(Metric.RLC_TIES, ratio(rlcTies, n));
            m.put(Metric.OUTSIDE_TIES, ratio(outsideTies, n));
            m.put(Metric.FAMILY_TIES, ratio(familyTies, n));
            m.put(Metric.ISOLATION, ratio(isolation, n));
            m.put(Metric.LONELY_SHARE, ratio(lonely, n));
            m.put(Metric.SELF_ESTEEM, ratio(selfEsteem, n));
            m.put(Metric.COPING, ratio(coping, n));
            m.put(Metric.IDENTITY, ratio(identity, n));
            m.put(Metric.RESPONSIBILITY, ratio(responsibility, n));
            m.put(Metric.SOCIAL_ANXIETY, ratio(anxiety, n));
            m.put(Metric.EMPLOYED_SHARE, ratio(employed, n));
            m.put(Metric.ATTENDING_SHARE, ratio(attending, n));
            m.put(Metric.EVER_ATTENDED_SHARE, ratio(attended, n));
            m.put(Metric.VISITS_PER_WEEK, attended == 0 ? 0.0 : visitsPerWeek / attended);
            m.put(Metric.TENURE_DAYS, attended == 0 ? Double.NaN : tenure / attended);
            m.put(Metric.EARLY_LEAVER_SHARE, ratio(earlyLeavers, earlyEligible));
            m.put(Metric.WHOLE_RUN_SHARE, attended == 0 ? Double.NaN : (double) wholeRun / attended);
            m.put(Metric.LEADERS_SHARE, ratio(leaders, n));
            m.put(Metric.ADMISSIONS_PER_PERSON_YEAR, ratio(admissions, n * years));
            m.put(Metric.EVER_ADMITTED_SHARE, ratio(everAdmitted, n));
            m.put(Metric.READMISSION_30D_RATE, discharges == 0 ? 0.0 : (double) readmissions / discharges);
            m.put(Metric.ER_VISITS_PER_PERSON_YEAR, ratio(erVisits, n * years));
            m.put(Metric.BED_DAYS_PER_PERSON_YEAR, ratio(bedDays, n * years));
            m.put(Metric.IN_HOSPITAL_SHARE, ratio(inHospital, n));
            m.put(Metric.PEOPLE, (double) n);
            return m;
        }

        private static double ratio(double a, double b) {
            return b == 0 ? Double.NaN : a / b;
        }
    }
}
