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
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.account.Account;
import org.cocrea.actor.Actor;
import org.cocrea.audit.Auditable;
import org.cocrea.commitment.Commitment;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.persistence.Recorded;

/** The lead institution's written answer to a commitment's reconciled result: one per commitment, published next to it. */
@Entity
@Table(name = "government_reply")
public class GovernmentReply extends Recorded implements Auditable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id", nullable = false, updatable = false)
    private Commitment commitment;

    @Column(name = "state_id", nullable = false, updatable = false)
    private Long stateId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id", nullable = false, updatable = false)
    private Actor actor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account author;

    @Column(nullable = false, updatable = false)
    private String body;

    protected GovernmentReply() {
    }

    public GovernmentReply(Commitment commitment, Account author, String body) {
        if (body == null || body.isBlank()) {
            throw DomainException.onField("reply", "evaluation.reply.required");
        }
        if (body.strip().length() > MAX_LENGTH) {
            throw DomainException.onField("reply", "evaluation.reply.tooLong", MAX_LENGTH);
        }
        this.commitment = commitment;
        this.stateId = commitment.getStateId();
        this.actor = commitment.getLeadInstitution();
        this.author = author;
        this.body = body.strip();
    }

    @Override
    public Long getId() { return id; }
    public Commitment getCommitment() { return commitment; }
    public Actor getActor() { return actor; }
    public String getBody() { return body; }

    @Override
    public Long auditStateId() {
        return stateId;
    }

    @Override
    public Long auditCommitmentId() {
        return commitment.getId();
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("actor", actor.getName());
        s.put("author", author.getUsername());
        s.put("body", body);
        return s;
    }
}
