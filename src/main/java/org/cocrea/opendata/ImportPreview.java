package org.cocrea.opendata;

import java.io.Serializable;
import java.util.List;
import org.cocrea.actor.ActorType;

/**
 * The dry run of an import: the file as read, how each actor it names meets the state's actor map,
 * and every problem (the file's own and the plan's rules). Nothing of it is saved; an import with
 * problems does not run.
 */
public record ImportPreview(long planId, PlanFile file, List<ActorMatch> actors, List<ImportProblem> problems)
        implements Serializable {

    public ImportPreview {
        actors = List.copyOf(actors);
        problems = List.copyOf(problems);
    }

    /**
     * An actor the file names: found in the map under the same name ({@code actorId}, {@code mapName}),
     * or not ({@code actorId} null), then with the map's look-alikes and a proposed type for its
     * creation, which happens only if the person ticks it.
     */
    public record ActorMatch(String name, Long actorId, String mapName, List<String> lookAlikes, ActorType proposedType)
            implements Serializable {

        public ActorMatch {
            lookAlikes = List.copyOf(lookAlikes);
        }

        public boolean isKnown() {
            return actorId != null;
        }
    }

    /** Whether the import may run: no problem at all. */
    public boolean isReady() {
        return problems.isEmpty();
    }

    public List<ActorMatch> unknownActors() {
        return actors.stream().filter(a -> !a.isKnown()).toList();
    }
}
