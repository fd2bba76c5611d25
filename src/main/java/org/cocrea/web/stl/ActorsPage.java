package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorKind;
import org.cocrea.actor.ActorService;
import org.cocrea.actor.ActorType;
import org.cocrea.actor.Gender;
import org.cocrea.milestone.Participation;
import org.cocrea.milestone.ParticipationService;
import org.cocrea.actor.Sector;
import org.cocrea.actor.SecretariatRole;
import org.cocrea.actor.SimilarActorsException;
import org.cocrea.web.Messages;

/**
 * /stl/actors: the actor map of the secretariat's state — its actors grouped by type, the count
 * of each sector, what each takes part in — and a form for a new actor. View scoped so that a
 * warning about look-alike names keeps the form and offers to save anyway.
 */
@Named("stlActorsPage")
@ViewScoped
public class ActorsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ActorService actors;

    @Inject
    private ParticipationService participations;

    @Inject
    private org.cocrea.worksession.WorkSessionService sessions;

    @Inject
    private CurrentCaller currentCaller;

    private List<Group> groups;
    private List<SectorCount> sectors;
    private Map<Long, Participation.Counts> counts;
    private Map<Long, Long> sessionsAttended;
    private int total;
    private Actor form = Actor.blank();
    private List<String> similar = List.of();

    /** Called by f:viewAction: three aggregate queries and the list, whatever the number of actors. */
    public void load() {
        List<Actor> list = actors.ofMyState();
        counts = participations.participationCounts(currentCaller.get().stateId());
        sessionsAttended = sessions.sessionsAttendedByActor(currentCaller.get().stateId());
        total = list.size();
        Map<ActorType, List<Actor>> byType = list.stream()
                .collect(Collectors.groupingBy(Actor::getType, () -> new EnumMap<>(ActorType.class), Collectors.toList()));
        groups = byType.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
        sectors = Arrays.stream(Sector.values())
                .map(sector -> new SectorCount(sector, list.stream().filter(a -> a.getSector() == sector).count()))
                .toList();
    }

    /** Records the new actor (the form's "save"). */
    public String save() {
        return save(false);
    }

    /** The user has seen the look-alikes and records the actor anyway. */
    public String saveAnyway() {
        return save(true);
    }

    private String save(boolean confirmedSimilar) {
        similar = List.of();
        try {
            actors.create(currentCaller.get().stateId(), form, confirmedSimilar);
        } catch (SimilarActorsException e) {
            // nothing was saved; the form stays as typed, with the look-alikes and "save anyway"
            similar = e.names();
            return null;
        }
        Messages.saved("actors.created", form.getName());
        return "/stl/actors?faces-redirect=true";
    }

    /** How many sessions (training, accompaniment, co-creation) the actor attended. */
    public long sessionsOf(Actor actor) {
        return sessionsAttended.getOrDefault(actor.getId(), 0L);
    }

    public Participation.Counts countsOf(Actor actor) {
        return counts.getOrDefault(actor.getId(), Participation.Counts.NONE);
    }

    /** The actors of one type, by name: a card of the map. */
    public record Group(ActorType type, List<Actor> actors) implements Serializable {
    }

    /** How many actors speak for a sector. */
    public record SectorCount(Sector sector, long count) implements Serializable {
    }

    public List<Group> getGroups() { return groups; }
    public List<SectorCount> getSectors() { return sectors; }
    public int getTotal() { return total; }
    public Actor getForm() { return form; }
    public List<String> getSimilar() { return similar; }
    public String getSimilarNames() { return String.join(", ", similar); }

    // the choices of the actor form (WEB-INF/includes/actorForm.xhtml)
    public ActorType[] getActorTypes() { return ActorType.values(); }
    public ActorKind[] getKinds() { return ActorKind.values(); }
    public SecretariatRole[] getSecretariatRoles() { return SecretariatRole.values(); }
    public Gender[] getGenders() { return Gender.values(); }
}
