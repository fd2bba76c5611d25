package org.cocrea.milestone;

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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.account.Account;
import org.cocrea.audit.Auditable;

/**
 * A party asked to sign a complete milestone declined, with a reason: who, for which party, when and
 * why. Never updated or deleted: the milestone's history keeps every refusal.
 */
@Entity
@Table(name = "sign_off_decline")
public class SignOffDecline implements java.io.Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "milestone_id", nullable = false, updatable = false)
    private Milestone milestone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SignOffParty party;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account declinedBy;

    @Column(nullable = false, updatable = false, length = Milestone.DECLINE_REASON_MAX)
    private String reason;

    @Column(name = "declined_at", nullable = false, updatable = false)
    private Instant declinedAt;

    protected SignOffDecline() {
    }

    SignOffDecline(Milestone milestone, SignOffParty party, Account declinedBy, String reason, Instant declinedAt) {
        this.milestone = milestone;
        this.party = party;
        this.declinedBy = declinedBy;
        this.reason = reason;
        this.declinedAt = declinedAt;
    }

    @Override
    public Long getId() { return id; }
    public Milestone getMilestone() { return milestone; }
    public SignOffParty getParty() { return party; }
    public Account getDeclinedBy() { return declinedBy; }
    public String getReason() { return reason; }
    public Instant getDeclinedAt() { return declinedAt; }

    @Override
    public Long auditStateId() {
        return milestone.auditStateId();
    }

    @Override
    public Long auditCommitmentId() {
        return milestone.auditCommitmentId();
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("milestone", milestone.getTitle());
        s.put("party", party);
        s.put("declinedBy", declinedBy.getUsername() + " (" + declinedBy.getFullName() + ")");
        s.put("reason", reason);
        return s;
    }
}
