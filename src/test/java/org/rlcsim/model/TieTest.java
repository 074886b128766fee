package org.rlcsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rlcsim.Runs;

/** Ties strengthen with contact, fade without it, and end below the threshold, with no daily work. */
class TieTest {

    /** A small community whose outside ties end only by fading. */
    private static RlcModel startedModel() {
        RlcModel model = new RlcModel(Runs.params("population.participants=20", "burn_in_days=0", "ties.outside.end_rate=0"));
        model.start();
        return model;
    }

    /** A tie formed on day 0 between participant 0 and a newcomer to the community. */
    private static Tie newOutsideTie(SocialNetwork net) {
        return net.form(net.person(0), net.addNode(Role.COMMUNITY), TieType.OUTSIDE, 1f, 0);
    }

    @Test
    void strengthDecaysFromLastContactAndTieEndsOnItsExpiryDay() {
        RlcModel model = startedModel();
        SocialNetwork net = model.network();
        Person p = net.person(0);
        int stranger = net.addNode(Role.COMMUNITY);
        Tie t = net.form(p, stranger, TieType.OUTSIDE, 1f, 0);
        double decay = net.decay(TieType.OUTSIDE);
        assertEquals(0.2 * Math.exp(-decay * 10), t.strengthOn(10), 1e-12);
        net.contact(t, 10, 0.3);
        double after = 0.2 * Math.exp(-decay * 10);
        assertEquals(after + 0.3 * (1 - after), t.strengthOn(10), 1e-12);
        int expiry = 10;
        while (t.isAliveOn(expiry)) expiry++;
        assertTrue(t.isAliveOn(expiry - 1));
        assertFalse(t.isAliveOn(expiry));
        assertTrue(t.strengthOn(expiry) < 0.05 && t.strengthOn(expiry - 1) >= 0.05);
        for (int d = 1; d <= expiry; d++) net.endFadedTies(d, model.shards());
        assertTrue(t.isEnded());
        assertEquals(null, p.tieWith(stranger));
    }

    @Test
    void renewedTieIsNotEndedOnItsOldExpiryDay() {
        RlcModel model = startedModel();
        SocialNetwork net = model.network();
        Tie t = newOutsideTie(net);
        int oldExpiry = t.expiryDay;
        net.contact(t, oldExpiry - 1, 0.5);
        for (int d = 1; d <= oldExpiry + 1; d++) net.endFadedTies(d, model.shards());
        assertFalse(t.isEnded());
        assertTrue(t.expiryDay > oldExpiry);
    }

    @Test
    void tieRenewedOnTheDayItFormedLivesOnPastItsFirstExpiry() {
        RlcModel model = startedModel();
        SocialNetwork net = model.network();
        Tie t = newOutsideTie(net);
        int firstExpiry = t.expiryDay;
        net.contact(t, 0, 0.9);
        assertTrue(t.isAliveOn(firstExpiry));
        for (int d = 1; d <= firstExpiry; d++) net.endFadedTies(d, model.shards());
        assertFalse(t.isEnded());
        assertTrue(t.isAliveOn(firstExpiry + 1));
    }

    @Test
    void anEndedTieKeepsItsLastContactState() {
        // a tie's only holder keeps its contact state while it lasts; once ended, the tie keeps it
        RlcModel model = startedModel();
        SocialNetwork net = model.network();
        Tie t = newOutsideTie(net);
        net.contact(t, 5, 0.5);
        double renewed = t.strengthOn(5);
        net.end(t);
        assertTrue(t.isEnded());
        assertEquals(5, t.lastContact());
        assertEquals(renewed, t.strengthOn(5));
        assertFalse(t.isAliveOn(5));
    }
}
