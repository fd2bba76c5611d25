package org.cocrea.social;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.account.Account;
import org.cocrea.priority.MemberScore;

/**
 * One secretariat member's score of a social program, 1 to 5, as for priorities ({@link MemberScore}).
 */
@Entity
@Table(name = "social_program_score")
public class ProgramScore extends MemberScore {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id", nullable = false, updatable = false)
    private SocialProgram program;

    protected ProgramScore() {
    }

    public ProgramScore(SocialProgram program, Account account, Integer score, Instant now) {
        super(account, score, now);
        this.program = program;
    }

    public SocialProgram getProgram() { return program; }

    @Override
    public Long auditStateId() {
        return program.getStateId();
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("program", program.getId());
        snapshot.put("account", getAccount().getUsername());
        snapshot.put("score", getScore());
        return snapshot;
    }
}
