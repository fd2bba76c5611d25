package org.cocrea.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.account.Account;
import org.cocrea.audit.Auditable;
import org.cocrea.shared.persistence.Recorded;

/** One publication of a plan's results, co-signed by an account of the state's information institute. */
@Entity
@Table(name = "results_publication")
public class ResultsPublication extends Recorded implements Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private Long planId;

    @Column(name = "state_id", nullable = false, updatable = false)
    private Long stateId;

    @Column(nullable = false, updatable = false)
    private int number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "signed_by", nullable = false, updatable = false)
    private Account signedBy;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    protected ResultsPublication() {
    }

    public ResultsPublication(Long planId, Long stateId, int number, Account signedBy, Instant signedAt) {
        this.planId = planId;
        this.stateId = stateId;
        this.number = number;
        this.signedBy = signedBy;
        this.signedAt = signedAt;
    }

    @Override
    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public int getNumber() { return number; }
    public Account getSignedBy() { return signedBy; }
    public Instant getSignedAt() { return signedAt; }

    @Override
    public Long auditStateId() {
        return stateId;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("plan", planId);
        s.put("number", number);
        s.put("signedBy", signedBy.getUsername());
        s.put("signedAt", signedAt);
        return s;
    }
}
