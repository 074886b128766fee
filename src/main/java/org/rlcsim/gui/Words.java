package org.rlcsim.gui;

import org.rlcsim.model.Role;
import org.rlcsim.model.TieType;

/** What the GUI calls each kind of person and tie: the words of the study, not the model's keys. */
final class Words {
    private Words() {}

    static String role(Role role) {
        return switch (role) {
            case PARTICIPANT -> "participant";
            case STAFF -> "RLC staff";
            case FAMILY -> "family";
            case COMMUNITY -> "community member";
            case COWORKER -> "coworker";
        };
    }

    static String tie(TieType type) {
        return switch (type) {
            case FAMILY -> "family";
            case RLC_PEER -> "RLC peer";
            case RLC_STAFF -> "RLC staff";
            case OUTSIDE -> "outside friend or acquaintance";
            case COWORKER -> "coworker";
        };
    }
}
