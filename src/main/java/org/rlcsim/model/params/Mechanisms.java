package org.rlcsim.model.params;

import java.util.EnumSet;
import java.util.Set;
import org.rlcsim.model.Theme;

/** Which of the twelve theme mechanisms are switched on. */
public record Mechanisms(Set<Theme> on) {

    public Mechanisms {
        on = on.isEmpty() ? EnumSet.noneOf(Theme.class) : EnumSet.copyOf(on);
    }

    public static Mechanisms all() {
        return new Mechanisms(EnumSet.allOf(Theme.class));
    }

    public boolean isOn(Theme t) {
        return on.contains(t);
    }
}
