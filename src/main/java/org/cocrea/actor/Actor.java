package org.cocrea.actor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.audit.Auditable;
import org.cocrea.state.State;

/** An organization or person that takes part in a state's open-government process. */
@Entity
@Table(name = "actor")
public class Actor implements java.io.Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_id", nullable = false, updatable = false)
    private State state;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActorType type;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Actor() {
    }

    public Actor(State state, String name, ActorType type) {
        this.state = state;
        this.name = name == null ? null : name.trim();
        this.type = type;
        this.createdAt = Instant.now();
    }

    @Override
    public Long getId() { return id; }
    public State getState() { return state; }
    public String getName() { return name; }
    public ActorType getType() { return type; }

    public boolean belongsTo(Long stateId) {
        return state.getId().equals(stateId);
    }

    @Override
    public Long auditStateId() {
        return state.getId();
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("name", name);
        snapshot.put("type", type);
        return snapshot;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Actor a && id != null && id.equals(a.id);
    }

    @Override
    public int hashCode() {
        return Actor.class.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
