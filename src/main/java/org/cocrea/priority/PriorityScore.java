package org.cocrea.priority;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.account.Account;

/**
 * One secretariat member's score of a priority ({@link MemberScore}).
 */
@Entity
@Table(name = "priority_score")
public class PriorityScore extends MemberScore {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "priority_id", nullable = false, updatable = false)
    private Priority priority;

    protected PriorityScore() {
    }

    public PriorityScore(Priority priority, Account account, Integer score, Instant now) {
        super(account, score, now);
        this.priority = priority;
    }

    public Priority getPriority() { return priority; }

    @Override
    public Long auditStateId() {
        return priority.getStateId();
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("priority", priority.getId());
        snapshot.put("account", getAccount().getUsername());
        snapshot.put("score", getScore());
        return snapshot;
    }
}
