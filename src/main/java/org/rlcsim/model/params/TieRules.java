package org.rlcsim.model.params;

import org.rlcsim.model.TieType;

/**
 * @param threshold       strength below which a tie has ended
 * @param friendThreshold strength from which a non-family tie counts as a friend
 * @param newStrength     strength of a tie when it forms
 * @param affinitySd      spread (log-normal sigma) of a tie's affinity, which scales its contact rate
 * @param withdrawal      how much loneliness cuts a person's contacts (0: not at all, 1: fully at isolation 1)
 * @param saturationTies  non-family ties at which forming new ones becomes half as likely (Jin et al. 2001)
 * @param saturationSteepness steepness of that saturation per tie
 * @param coworkerAfterJobRate contact rate of a coworker tie while the person has no job
 * @param contactCapacity contacts a day with non-family ties at which each tie gets half its own rate:
 *                        time for friends is limited (Jin, Girvan &amp; Newman 2001)
 */
public record TieRules(double threshold, double friendThreshold, double newStrength, double affinitySd,
                       double withdrawal, double saturationTies, double saturationSteepness,
                       TieKind family, TieKind rlcPeer, TieKind rlcStaff, TieKind outside, TieKind coworker,
                       double coworkerAfterJobRate, double contactCapacity) {

    public TieKind of(TieType type) {
        return switch (type) {
            case FAMILY -> family;
            case RLC_PEER -> rlcPeer;
            case RLC_STAFF -> rlcStaff;
            case OUTSIDE -> outside;
            case COWORKER -> coworker;
        };
    }
}
