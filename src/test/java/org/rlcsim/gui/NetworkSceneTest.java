package org.rlcsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rlcsim.Runs;
import org.rlcsim.model.Person;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.Role;
import org.rlcsim.model.Tie;
import sim.util.Double2D;

/**
 * What the display is drawn from, without a display: the scene mirrors the model's live ties and
 * puts people where the legend says they are; the history and the inspector's page tell what
 * happened to a person.
 */
class NetworkSceneTest {
    private static final RlcModel MODEL = new RlcModel(Runs.params("population.participants=40", "burn_in_days=0",
            "days=365", "rlc.attendance.outreach_rate=0.01"));
    private static final NetworkScene SCENE = new NetworkScene();
    private static final PersonHistory HISTORY = new PersonHistory();

    @BeforeAll
    static void runHalfAYear() {
        MODEL.start();
        SCENE.reset(MODEL);
        SCENE.update(MODEL);
        HISTORY.reset(MODEL);
        for (int d = 0; d < 180; d++) {
            MODEL.schedule.step(MODEL);
            SCENE.update(MODEL);
            HISTORY.afterDay(MODEL);
        }
        // without new days, nodes glide to where they belong
        for (int i = 0; i < 80; i++) SCENE.update(MODEL);
    }

    private static double radius(Double2D p) {
        return Math.hypot(p.x - CommunityLayout.CENTRE_X, p.y - CommunityLayout.CENTRE_Y) / CommunityLayout.RADIUS;
    }

    @Test
    void everyLiveTieIsDrawnOnceAndEveryoneDrawnHasAPlace() {
        Set<Tie> live = new HashSet<>();
        for (Person p : MODEL.people()) {
            for (int k = 0; k < p.tieCount(); k++) if (p.ties()[k].isAliveOn(MODEL.today())) live.add(p.ties()[k]);
        }
        Set<Object> edges = new HashSet<>(); // an undirected edge is listed at both its ends
        for (Object node : SCENE.ties.getAllNodes()) edges.addAll(SCENE.ties.getEdgesOut(node));
        assertEquals(live.size(), edges.size());
        assertEquals(MODEL.people().length + MODEL.network().staffCount(), SCENE.participants.getAllObjects().numObjs);
        assertEquals(SCENE.places.getAllObjects().numObjs,
                SCENE.participants.getAllObjects().numObjs + SCENE.outside.getAllObjects().numObjs);
    }

    @Test
    void membersAreInTheRlcOthersOnTheirRingsTheRestOfTheirLivesOutside() {
        int members = 0;
        for (Person p : MODEL.people()) {
            double r = radius(SCENE.location(SCENE.node(p.id)));
            if (p.member()) {
                members++;
                assertTrue(r < CommunityLayout.RLC_EDGE, "member " + p.id + " at " + r);
            } else if (p.hasAttended()) {
                assertEquals(CommunityLayout.FORMER_MEMBERS, r, 1e-3);
            } else {
                assertEquals(CommunityLayout.NEVER_CAME, r, 1e-3);
            }
        }
        assertTrue(members >= 5, "members: " + members);
        for (Object o : SCENE.outside.getAllObjects()) {
            NodeView v = (NodeView) o;
            assertTrue(v.role != Role.PARTICIPANT && v.role != Role.STAFF);
            double r = radius(SCENE.location(v));
            assertTrue(r >= CommunityLayout.OUTSIDE_FROM - 1e-9 && r <= CommunityLayout.OUTSIDE_TO + 1e-9, v + " at " + r);
        }
    }

    @Test
    void aMembersPageHasTheirStateHistoryAndTies() {
        Person member = null;
        for (Person p : MODEL.people()) if (p.member() && p.firstVisitDay() >= 0) member = p;
        assertNotNull(member);
        NodeReport report = new NodeReport(() -> MODEL, HISTORY);
        String page = report.describe(SCENE.node(member.id));
        assertTrue(page.contains("Participant " + member.id), page);
        assertTrue(page.contains("Comes to the RLC"), page);
        assertTrue(page.contains("day " + member.firstVisitDay() + ": first visit to the RLC"), page);
        assertTrue(page.contains("isolation") && page.contains("self-esteem") && page.contains("coping"), page);
        assertTrue(page.contains("<b>Ties</b>: " + member.tieCount()), page);
        assertTrue(page.contains("RLC staff") || page.contains("RLC peer"), page);
    }

    @Test
    void aRelativesPageNamesTheParticipantTheyAreTiedTo() {
        NodeView relative = null;
        for (Object o : SCENE.outside.getAllObjects()) if (((NodeView) o).role == Role.FAMILY) relative = (NodeView) o;
        assertNotNull(relative);
        String page = new NodeReport(() -> MODEL, HISTORY).describe(relative);
        assertTrue(page.contains("Family " + relative.id) && page.contains("participant "), page);
    }
}
