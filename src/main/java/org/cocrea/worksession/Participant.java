package org.cocrea.worksession;

import java.util.Comparator;
import org.cocrea.actor.ActorType;
import org.cocrea.actor.Sector;

/**
 * An organization that took part in the sessions behind a commitment: its name and type, what
 * the public may know. Never the people who came for it, nor any contact detail.
 */
public record Participant(Long actorId, String name, ActorType type) implements java.io.Serializable {

    /** By sector, then by name. */
    public static final Comparator<Participant> ORDER = Comparator
            .comparing((Participant p) -> p.type().sector())
            .thenComparing(Participant::name, String.CASE_INSENSITIVE_ORDER);

    public Sector sector() {
        return type.sector();
    }
}
