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
import org.cocrea.account.Account;

/** One party's sign-off on a completed milestone: who and when. */
@Entity
@Table(name = "sign_off")
public class SignOff implements java.io.Serializable {

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
    private Account signedBy;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    protected SignOff() {
    }

    SignOff(Milestone milestone, SignOffParty party, Account signedBy, Instant signedAt) {
        this.milestone = milestone;
        this.party = party;
        this.signedBy = signedBy;
        this.signedAt = signedAt;
    }

    Milestone milestone() { return milestone; }
    public Long getId() { return id; }
    public SignOffParty getParty() { return party; }
    public Account getSignedBy() { return signedBy; }
    public Instant getSignedAt() { return signedAt; }

    @Override
    public String toString() {
        // read back by the change log (web.stl.AuditText): keep the shape "PARTY by user (Full Name) at instant"
        return party + " by " + signedBy.getUsername() + " (" + signedBy.getFullName() + ") at " + signedAt;
    }
}
