package org.cocrea.worksession;

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
import org.cocrea.audit.Auditable;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.persistence.Recorded;
import org.cocrea.social.VigilanceGroup;

/**
 * A training a vigilance group attended (issue 15): a session of kind {@link WorkSessionKind#TRAINING}
 * of the group's own state. Refusals are on the field {@value #FIELD}.
 */
@Entity
@Table(name = "vigilance_training")
public class GroupTraining extends Recorded implements Auditable {

    private static final long serialVersionUID = 1L;

    /** The form field the refusals belong to. */
    static final String FIELD = "trainingSession";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false, updatable = false)
    private VigilanceGroup group;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private WorkSession session;

    protected GroupTraining() {
    }

    GroupTraining(VigilanceGroup group, WorkSession session) {
        if (session.getKind() != WorkSessionKind.TRAINING) {
            throw DomainException.onField(FIELD, "vigilance.training.notTraining");
        }
        if (!session.getStateId().equals(group.getStateId())) {
            throw DomainException.onField(FIELD, "vigilance.training.unknown");
        }
        this.group = group;
        this.session = session;
    }

    @Override
    public Long getId() { return id; }
    public VigilanceGroup getGroup() { return group; }
    public WorkSession getSession() { return session; }

    @Override
    public Long auditStateId() {
        return group.getStateId();
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("group", group.getName());
        s.put("session", session.getTitle());
        s.put("heldOn", session.getHeldOn());
        return s;
    }
}
