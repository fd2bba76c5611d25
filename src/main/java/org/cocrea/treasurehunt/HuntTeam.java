package org.cocrea.treasurehunt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.actor.Actor;
import org.cocrea.audit.Auditable;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Texts;

/** A team of an exercise: a name, the actor of the state it comes from (if any) and the people in it. */
@Entity
@Table(name = "hunt_team")
public class HuntTeam implements Auditable, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hunt_id", nullable = false, updatable = false)
    private TreasureHunt hunt;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private Actor actor;

    @Column(length = 1000)
    private String people;

    protected HuntTeam() {
    }

    /** A team; its actor, when given, must be of the exercise's state. */
    public HuntTeam(TreasureHunt hunt, String name, Actor actor, String people) {
        String trimmed = Texts.required(name, "teamName", 200, "hunt.team.nameRequired", "hunt.text.tooLong");
        if (actor != null && !actor.getState().getId().equals(hunt.getStateId())) {
            throw DomainException.onField("teamActor", "hunt.actor.otherState");
        }
        String members = Texts.optional(people, "teamPeople", 1000, "hunt.text.tooLong");
        this.hunt = hunt;
        this.name = trimmed;
        this.actor = actor;
        this.people = members;
    }

    @Override
    public Long getId() { return id; }
    public TreasureHunt getHunt() { return hunt; }
    public String getName() { return name; }
    public Actor getActor() { return actor; }
    public String getPeople() { return people; }

    @Override
    public Long auditStateId() {
        return hunt.getStateId();
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("hunt", hunt.getId());
        snapshot.put("name", name);
        snapshot.put("actor", actor == null ? null : actor.getId());
        snapshot.put("people", people);
        return snapshot;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof HuntTeam t && id != null && id.equals(t.id);
    }

    @Override
    public int hashCode() {
        return HuntTeam.class.hashCode();
    }
}
