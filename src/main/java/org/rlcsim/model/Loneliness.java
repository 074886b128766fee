package org.rlcsim.model;

import org.rlcsim.model.params.LonelinessRules;

/**
 * Loneliness grows while alone and shrinks while socialising (Fontanari 2021): a day without
 * meaningful contact moves isolation towards 1, contact moves it towards 0.
 */
final class Loneliness {
    private final LonelinessRules rules;

    Loneliness(LonelinessRules rules) {
        this.rules = rules;
    }

    void endOfDay(Person p) {
        double contact = p.today.contact;
        double iso = p.isolation;
        if (contact <= 0) iso += rules.rise() * (1.0 - iso);
        else iso -= rules.relief() * Math.min(1.0, contact) * iso;
        p.isolation = Math.max(0.0, Math.min(1.0, iso));
    }
}
