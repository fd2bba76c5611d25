package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cocrea.audit.AuditTrail;
import java.io.Serializable;
import java.util.List;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorKind;
import org.cocrea.actor.ActorService;
import org.cocrea.actor.ActorType;
import org.cocrea.actor.Gender;
import org.cocrea.milestone.Participation;
import org.cocrea.milestone.ParticipationService;
import org.cocrea.actor.SecretariatRole;
import org.cocrea.actor.SimilarActorsException;
import org.cocrea.priority.Priority;
import org.cocrea.priority.PriorityService;
import org.cocrea.worksession.WorkSessionService;
import org.cocrea.worksession.WorkSession;
import org.cocrea.shared.NotFoundException;
import org.cocrea.web.Messages;

/**
 * /stl/actor?id=…: the secretariat edits an actor (contact details included) and sees what it
 * takes part in. View scoped for the look-alike warning, as on the actor map.
 */
@Named("stlActorPage")
@ViewScoped
public class ActorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ActorService actors;

    @Inject
    private ParticipationService participations;

    @Inject
    private WorkSessionService sessions;

    @Inject
    private PriorityService priorities;

    @Inject
    private AuditTrail trail;

    private AuditRows changeLog;
    private Long id;
    private Actor actor;
    private Participation participation;
    private List<WorkSession> attended;
    private List<Priority> proposed;
    private List<String> similar = List.of();

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        participation = participations.participation(id);
        actor = participation.actor();
        changeLog = AuditRows.of(trail, actor);
        attended = sessions.attendedBy(id);
        proposed = priorities.proposedBy(id);
    }

    public String save() {
        return save(false);
    }

    /** The user has seen the look-alikes and saves anyway. */
    public String saveAnyway() {
        return save(true);
    }

    private String save(boolean confirmedSimilar) {
        similar = List.of();
        try {
            actors.update(actor, confirmedSimilar);
        } catch (SimilarActorsException e) {
            // nothing was saved; the form stays as typed, with the look-alikes and "save anyway"
            similar = e.names();
            return null;
        }
        Messages.saved("common.saved");
        return "/stl/actor?faces-redirect=true&id=" + id;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Actor getActor() { return actor; }
    public Participation getParticipation() { return participation; }
    public List<WorkSession> getAttended() { return attended; }
    public List<Priority> getProposed() { return proposed; }
    public List<String> getSimilar() { return similar; }
    public String getSimilarNames() { return String.join(", ", similar); }

    // the choices of the actor form (WEB-INF/includes/actorForm.xhtml)
    public ActorType[] getActorTypes() { return ActorType.values(); }
    public ActorKind[] getKinds() { return ActorKind.values(); }
    public SecretariatRole[] getSecretariatRoles() { return SecretariatRole.values(); }
    public Gender[] getGenders() { return Gender.values(); }
    /** The record's change log (co:changeLog), a page at a time. */
    public AuditRows getChangeLog() { return changeLog; }
}
