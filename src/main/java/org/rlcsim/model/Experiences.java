package org.rlcsim.model;

import java.io.Serializable;

/**
 * What a day brought a person. Atmosphere and opportunities (in the RLC) and roles (leading,
 * working) add experiences; the intrapersonal mechanisms turn them into lasting change at the
 * end of the day. This is the hinge of the study's causal story.
 */
public final class Experiences implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Being seen as a person first (judgment-free). */
    public double acceptance;
    /** Emotional support and shared coping strategies (relaxed/open). */
    public double support;
    /** Seeing peers further along in recovery (meeting peers). */
    public double hope;
    /** Learning and practising skills (trainings, work). */
    public double mastery;
    /** Holding a position of responsibility (leading, working). */
    public double role;
    /** Weighted social contact, which relieves loneliness. */
    public double contact;
    /** Social practice in a safe setting, which eases social anxiety. */
    public double practice;

    /** Whether the day brought anything that changes an intrapersonal state. */
    public boolean movesStates() {
        return acceptance != 0 || support != 0 || hope != 0 || mastery != 0 || role != 0 || practice != 0;
    }

    public void clear() {
        acceptance = support = hope = mastery = role = contact = practice = 0;
    }
}
