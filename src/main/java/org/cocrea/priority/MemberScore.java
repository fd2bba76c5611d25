package org.cocrea.priority;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.cocrea.account.Account;
import org.cocrea.audit.Auditable;
import org.cocrea.shared.DomainException;

/**
 * One secretariat member's score of something the secretariat ranks, from 1 (low) to 5 (high): a
 * priority ({@link PriorityScore}) or a social program. One per member and record; the member may
 * change it, which keeps the row and moves its date. The subclass maps what is scored.
 */
@MappedSuperclass
public abstract class MemberScore implements java.io.Serializable, Auditable {

    private static final long serialVersionUID = 1L;
    public static final int MIN = 1;
    public static final int MAX = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(nullable = false)
    private int score;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    protected MemberScore() {
    }

    protected MemberScore(Account account, Integer score, Instant now) {
        this.account = account;
        change(score, now);
    }

    /** A score must be a whole number from 1 to 5; the message goes next to the "score" input. */
    public static int checked(Integer score) {
        if (score == null || score < MIN || score > MAX) {
            throw DomainException.onField("score", "priorities.score.range", MIN, MAX);
        }
        return score;
    }

    public void change(Integer newScore, Instant now) {
        this.score = checked(newScore);
        this.scoredAt = now;
    }

    @Override
    public Long getId() { return id; }
    public Account getAccount() { return account; }
    public int getScore() { return score; }
    public Instant getScoredAt() { return scoredAt; }
}
