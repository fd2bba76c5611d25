package org.cocrea.social;

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
import org.cocrea.priority.PriorityScore;

/**
 * One secretariat member's score of a social program, 1 to 5, as for priorities (the same range
 * rule, {@link PriorityScore#checked}); one per member and program, changed in place.
 */
@Entity
@Table(name = "social_program_score")
public class ProgramScore implements java.io.Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id", nullable = false, updatable = false)
    private SocialProgram program;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(nullable = false)
    private int score;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    protected ProgramScore() {
    }

    public ProgramScore(SocialProgram program, Account account, Integer score, Instant now) {
        this.program = program;
        this.account = account;
        change(score, now);
    }

    void change(Integer newScore, Instant now) {
        this.score = PriorityScore.checked(newScore);
        this.scoredAt = now;
    }

    @Override
    public Long getId() { return id; }
    public Account getAccount() { return account; }
    public int getScore() { return score; }
    public Instant getScoredAt() { return scoredAt; }

    @Override
    public Long auditStateId() {
        return program.getStateId();
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("program", program.getId());
        snapshot.put("account", account.getUsername());
        snapshot.put("score", score);
        return snapshot;
    }
}
