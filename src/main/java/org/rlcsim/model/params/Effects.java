package org.rlcsim.model.params;

/** The parameters of each theme's mechanism (see docs/ODD.md, section 7). */
public record Effects(JudgmentFreeEffects judgmentFree, FlexibleEffects flexible,
                      RelaxedOpenEffects relaxedOpen, LeadershipEffects leadership,
                      MeetingPeersEffects meetingPeers, TrainingsEffects trainings,
                      StateChange identity, StateChange selfEsteem, StateChange responsibility,
                      StateChange coping, SocialNetworksEffects socialNetworks, JobsEffects jobs) {

    /** Acceptance raises belonging and identity, and eases social anxiety in sessions. */
    public record JudgmentFreeEffects(double acceptance, double anxietyRelief, double belonging) {}

    /** Free choice matches activities to people; lapsed members are welcome back. */
    public record FlexibleEffects(double choice, double welcomeBack) {}

    /** Sharing makes ties form and deepen and passes on coping strategies. */
    public record RelaxedOpenEffects(double tieFormation, double tieDeepening, double support) {}

    /**
     * @param leadersPerActivity participant leaders an activity offering leadership can take at level 1
     * @param minTenureDays      days since the first visit before someone is asked to lead
     * @param minBelonging       sense of community needed to be asked
     * @param termDays           mean days a participant keeps a leader role
     * @param role               experience of responsibility per facilitated session
     */
    public record LeadershipEffects(double leadersPerActivity, int minTenureDays, double minBelonging,
                                    double termDays, double role) {}

    /**
     * @param encounters     extra people met per session at level 1 in an activity offering it
     * @param communityMeet  chance per session at a community location of getting to know a community member, at level 1
     * @param hope           hope from meeting peers further along in recovery (leaders, staff)
     */
    public record MeetingPeersEffects(double encounters, double communityMeet, double hope) {}

    /**
     * @param skillGain share of the distance to full skill closed per training session at level 1
     * @param mastery   experience of mastery per training session at level 1
     */
    public record TrainingsEffects(double skillGain, double mastery) {}

    /**
     * An intrapersonal state moved by experiences and pulled back to its starting level.
     *
     * @param rate    gain per unit of experience, as a share of the distance to 1
     * @param relapse daily return towards the person's starting level
     */
    public record StateChange(double rate, double relapse) {}


    /**
     * @param practice       fall of social anxiety per unit of social practice in the RLC
     * @param relapse        daily return of social anxiety towards its starting level
     * @param peerOutsideRate contact rate of RLC peer ties outside the RLC (friends met at other events)
     */
    public record SocialNetworksEffects(double practice, double relapse, double peerOutsideRate) {}

    /**
     * @param confidence  log-rate weight of confidence (identity, self-esteem, responsibility) on finding a job
     * @param skills      log-rate weight of skills from trainings on finding a job
     * @param resilience  log-hazard reduction of losing a job per unit of coping above the start
     * @param role        experience of responsibility per day at work
     */
    public record JobsEffects(double confidence, double skills, double resilience, double role) {}
}
