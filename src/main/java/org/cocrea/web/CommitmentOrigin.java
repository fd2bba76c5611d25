package org.cocrea.web;

import java.io.Serializable;
import java.util.List;
import org.cocrea.priority.Priority;
import org.cocrea.priority.PriorityService;
import org.cocrea.worksession.Agreement;
import org.cocrea.worksession.Participant;
import org.cocrea.worksession.WorkSessionService;
import org.cocrea.worksession.WorkSession;

/**
 * Where a commitment came from, as WEB-INF/includes/commitmentOrigin.xhtml shows it: its
 * priorities, sessions and participating organizations for everybody who may see the commitment,
 * and its agreements for its secretariat. The services decide what each caller gets.
 */
public record CommitmentOrigin(List<Priority> priorities, List<WorkSession> sessions, List<Participant> participants,
                               List<Agreement> agreements) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the public may know: no agreements, and only the public copies the services hand out. */
    public static CommitmentOrigin forPublic(long commitmentId, PriorityService priorities, WorkSessionService sessions) {
        return new CommitmentOrigin(priorities.ofCommitment(commitmentId), sessions.ofCommitment(commitmentId),
                sessions.participantsOfCommitment(commitmentId), List.of());
    }

    /** Everything, for the secretariat of the commitment's state. */
    public static CommitmentOrigin forSecretariat(long commitmentId, PriorityService priorities, WorkSessionService sessions) {
        return new CommitmentOrigin(priorities.ofCommitment(commitmentId), sessions.ofCommitment(commitmentId),
                sessions.participantsOfCommitment(commitmentId), sessions.agreementsOfCommitment(commitmentId));
    }
}
