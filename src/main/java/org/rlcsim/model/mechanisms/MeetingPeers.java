package org.rlcsim.model.mechanisms;

import org.rlcsim.model.Opportunity;
import org.rlcsim.model.Person;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.Theme;
import org.rlcsim.model.params.Activity;
import org.rlcsim.model.params.Effects.MeetingPeersEffects;

/**
 * Theme 5, meeting peers: "RLCs offer new opportunities to meet peers and people in the larger
 * community". Activities that offer it introduce people to more of those present, and outings
 * in the community (activities held at a community location) introduce them to community members. Meeting peers who facilitate (staff and
 * participant leaders, all with lived experience) shows that recovery is possible: hope.
 */
public final class MeetingPeers {
    private final RlcModel model;
    private final MeetingPeersEffects fx;

    public MeetingPeers(RlcModel model) {
        this.model = model;
        this.fx = model.params().effects().meetingPeers();
    }

    private double level() {
        return model.isOn(Theme.MEETING_PEERS) ? model.getMeetingPeers() : 0.0;
    }

    /** Extra people each attendee is introduced to in a session of {@code a}. */
    public double introductions(Activity a) {
        return a.offers(Opportunity.MEETING_PEERS) ? fx.encounters() * level() : 0.0;
    }

    /**
     * Chance that an attendee of {@code a} gets to know a community member there: at activities
     * held out in the community (outings, groups that meet in a library or a park) that set out
     * to introduce people.
     */
    public double communityMeeting(Activity a) {
        return a.offers(Opportunity.MEETING_PEERS) && a.inCommunity() ? fx.communityMeet() * level() : 0.0;
    }

    /** Seeing peers in recovery lead: {@code rolesPresent} facilitators with lived experience. */
    public void seeRecovery(Person p, int rolesPresent) {
        p.today.hope += fx.hope() * level() * Math.min(1.0, rolesPresent / 2.0);
    }
}
