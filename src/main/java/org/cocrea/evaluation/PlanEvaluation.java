package org.cocrea.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.audit.Auditable;

/** A plan's evaluation settings: the period in which lead institutions may reply to the results. */
@Entity
@Table(name = "plan_evaluation")
public class PlanEvaluation implements Auditable, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The plan's id: one row per plan. */
    @Id
    @Column(name = "plan_id")
    private Long id;

    @Column(name = "state_id", nullable = false, updatable = false)
    private Long stateId;

    @Column(name = "reply_from")
    private LocalDate replyFrom;

    @Column(name = "reply_until")
    private LocalDate replyUntil;

    @Version
    private int version;

    protected PlanEvaluation() {
    }

    public PlanEvaluation(Long planId, Long stateId) {
        this.id = planId;
        this.stateId = stateId;
    }

    public void setReplyPeriod(LocalDate from, LocalDate until) {
        Period.check(from, until, "replyFrom", "replyUntil");
        this.replyFrom = from;
        this.replyUntil = until;
    }

    /** Replies are accepted on that day (the plan's today). */
    public boolean replyOpenOn(LocalDate day) {
        return Period.covers(replyFrom, replyUntil, day);
    }

    /** The reply period is over on that day. */
    public boolean replyEndedOn(LocalDate day) {
        return replyUntil != null && day.isAfter(replyUntil);
    }

    @Override
    public Long getId() { return id; }
    public Long getPlanId() { return id; }
    public LocalDate getReplyFrom() { return replyFrom; }
    public LocalDate getReplyUntil() { return replyUntil; }

    @Override
    public Long auditStateId() {
        return stateId;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("plan", id);
        s.put("replyFrom", replyFrom);
        s.put("replyUntil", replyUntil);
        return s;
    }
}
