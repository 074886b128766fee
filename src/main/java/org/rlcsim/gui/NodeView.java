package org.rlcsim.gui;

import org.rlcsim.model.Person;
import org.rlcsim.model.Role;

/**
 * One node as the display draws and inspects it: a participant, whose state is read from the
 * person, or someone in participants' lives. Kept from day to day, so an open inspector follows
 * the same person.
 */
final class NodeView {
    final int id;
    final Role role;
    /** The participant, or null for anybody else. */
    final Person person;

    NodeView(int id, Role role, Person person) {
        this.id = id;
        this.role = role;
        this.person = person;
    }

    boolean isParticipant() {
        return person != null;
    }

    /** Inspectors use it as the title. */
    @Override
    public String toString() {
        return isParticipant() ? "Participant " + id : capitalised(Words.role(role)) + " " + id;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
