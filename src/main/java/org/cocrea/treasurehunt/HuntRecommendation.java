package org.cocrea.treasurehunt;

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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.actor.Actor;
import org.cocrea.audit.Auditable;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Texts;

/** A recommendation that came out of an exercise: to which authority (an actor of the state), what, and where it stands since when. */
@Entity
@Table(name = "hunt_recommendation")
public class HuntRecommendation implements Auditable, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hunt_id", nullable = false, updatable = false)
    private TreasureHunt hunt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "authority_id", nullable = false, updatable = false)
    private Actor authority;

    @Column(nullable = false, length = 2000)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecommendationStatus status = RecommendationStatus.PENDING;

    @Column(name = "status_on", nullable = false)
    private LocalDate statusOn;

    @Version
    private int version;

    protected HuntRecommendation() {
    }

    /** A pending recommendation, as of {@code today} in the exercise's state. */
    public HuntRecommendation(TreasureHunt hunt, Actor authority, String text, LocalDate today) {
        if (authority == null) {
            throw DomainException.onField("authorityId", "hunt.recommendation.authorityRequired");
        }
        if (!authority.getState().getId().equals(hunt.getStateId())) {
            throw DomainException.onField("authorityId", "hunt.actor.otherState");
        }
        String trimmed = Texts.required(text, "recommendationText", 2000, "hunt.recommendation.textRequired", "hunt.text.tooLong");
        this.hunt = hunt;
        this.authority = authority;
        this.text = trimmed;
        this.statusOn = today;
    }

    /** The follow-up moves on (or back): the new status, since {@code today}; the same status changes nothing. */
    public boolean moveTo(RecommendationStatus next, LocalDate today) {
        if (next == null) {
            throw DomainException.onField("status", "hunt.recommendation.statusRequired");
        }
        if (next == status) {
            return false;
        }
        status = next;
        statusOn = today;
        return true;
    }

    @Override
    public Long getId() { return id; }
    public TreasureHunt getHunt() { return hunt; }
    public Actor getAuthority() { return authority; }
    public String getText() { return text; }
    public RecommendationStatus getStatus() { return status; }
    public LocalDate getStatusOn() { return statusOn; }

    @Override
    public Long auditStateId() {
        return hunt.getStateId();
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("hunt", hunt.getId());
        snapshot.put("authority", authority.getId());
        snapshot.put("text", text);
        snapshot.put("status", status);
        snapshot.put("statusOn", statusOn);
        return snapshot;
    }
}
