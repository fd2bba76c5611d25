package org.cocrea.milestone;

import java.io.Serializable;
import java.util.List;
import org.cocrea.commitment.Commitment;
import org.cocrea.actor.Actor;

/**
 * What an actor takes part in, for its secretariat: each list read in one query. A feature that
 * gives actors a new part (sessions, priorities…) adds a list here and one query in
 * {@link ParticipationService#participation(long)}, and a count in {@link Counts}.
 *
 * @param leads           the commitments it leads (as lead institution)
 * @param coResponsibleIn the commitments it is co-responsible for
 * @param responsibleFor  the milestones it is responsible for, each with its commitment
 */
public record Participation(Actor actor, List<Commitment> leads, List<Commitment> coResponsibleIn,
                            List<Milestone> responsibleFor) implements Serializable {

    public Participation {
        leads = List.copyOf(leads);
        coResponsibleIn = List.copyOf(coResponsibleIn);
        responsibleFor = List.copyOf(responsibleFor);
    }

    public boolean isEmpty() {
        return leads.isEmpty() && coResponsibleIn.isEmpty() && responsibleFor.isEmpty();
    }

    /** The same, as counts: the actor map shows them for every actor of a state at once. */
    public record Counts(long leads, long coResponsibleIn, long responsibleFor) implements Serializable {

        public static final Counts NONE = new Counts(0, 0, 0);

        public boolean isEmpty() {
            return leads == 0 && coResponsibleIn == 0 && responsibleFor == 0;
        }

        Counts withLeads(long n) { return new Counts(n, coResponsibleIn, responsibleFor); }
        Counts withCoResponsibleIn(long n) { return new Counts(leads, n, responsibleFor); }
        Counts withResponsibleFor(long n) { return new Counts(leads, coResponsibleIn, n); }
    }
}
