package org.cocrea.social;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.audit.Auditable;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Texts;
import org.cocrea.shared.persistence.Recorded;

/**
 * A corruption risk of a social program: its dimension, what it is, how likely and how serious it
 * was found (the level at identification), the controls that exist and the evidence; then its
 * monitoring history, one {@link RiskReview} at a time. The current level is the latest review's,
 * else the one found at identification. Whether the public reads its description is the
 * secretariat's choice; its dimension, level and trend are public with the program.
 */
@Entity
@Table(name = "program_risk")
public class ProgramRisk extends Recorded implements Auditable {

    private static final long serialVersionUID = 1L;
    static final int TEXT = 5_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id", nullable = false, updatable = false)
    private SocialProgram program;

    @Column(name = "state_id", nullable = false, updatable = false)
    private Long stateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RiskDimension dimension;

    @Column(nullable = false)
    private String description;

    @Column(name = "description_public", nullable = false)
    private boolean descriptionPublic;

    @Embedded
    private RiskLevel level;

    private String controls;

    private String evidence;

    @Column(name = "identified_on", nullable = false)
    private LocalDate identifiedOn;

    @OneToMany(mappedBy = "risk", cascade = CascadeType.PERSIST)
    @OrderBy("reviewedOn, id")
    private List<RiskReview> reviews = new ArrayList<>();

    @Version
    private int version;

    protected ProgramRisk() {
    }

    /** A blank risk for a form. */
    public static ProgramRisk blank() {
        return new ProgramRisk();
    }

    /**
     * Files a risk typed into a form under its program, found on {@code identifiedOn} (today when
     * empty) with the given level; the day may not be after {@code today} (the program's state zone).
     * Everything is checked before anything is kept, so that a refused form may be sent again.
     */
    public void identify(SocialProgram program, Integer likelihood, Integer impact, LocalDate today) {
        if (this.program != null) {
            throw new IllegalStateException("risk already has a program");
        }
        RiskLevel found = RiskLevel.of(likelihood, impact);
        if (identifiedOn != null && identifiedOn.isAfter(today)) {
            throw DomainException.onField("identifiedOn", "social.risk.date.future");
        }
        check();
        this.program = program;
        this.stateId = program.getStateId();
        this.level = found;
        if (identifiedOn == null) {
            identifiedOn = today;
        }
    }

    /** Takes what a form may change: dimension, texts and whether the description is public (not the level: that is reviewed). */
    public void takeFrom(ProgramRisk edited) {
        dimension = edited.dimension;
        description = edited.description;
        descriptionPublic = edited.descriptionPublic;
        controls = edited.controls;
        evidence = edited.evidence;
        check();
    }

    private void check() {
        if (dimension == null) {
            throw DomainException.onField("dimension", "social.risk.dimension.required");
        }
        description = Texts.required(description, "description", TEXT, "social.risk.description.required", "social.text.tooLong");
        controls = Texts.optional(controls, "controls", TEXT, "social.text.tooLong");
        evidence = Texts.optional(evidence, "evidence", TEXT, "social.text.tooLong");
    }

    /**
     * A review of the risk: on a day not after {@code today}, not before the risk was identified nor
     * before the latest review; what changed is required.
     */
    public RiskReview review(LocalDate on, Integer likelihood, Integer impact, String whatChanged, String reviewedBy, LocalDate today) {
        RiskLevel newLevel = RiskLevel.of(likelihood, impact);
        if (on == null) {
            throw DomainException.onField("reviewedOn", "social.risk.date.required");
        }
        if (on.isAfter(today)) {
            throw DomainException.onField("reviewedOn", "social.risk.date.future");
        }
        LocalDate last = reviews.isEmpty() ? identifiedOn : reviews.get(reviews.size() - 1).getReviewedOn();
        if (on.isBefore(last)) {
            throw DomainException.onField("reviewedOn", "social.risk.review.beforeLast", last);
        }
        String changed = Texts.required(whatChanged, "whatChanged", TEXT, "social.risk.review.whatRequired", "social.text.tooLong");
        RiskReview review = new RiskReview(this, on, newLevel, changed, reviewedBy);
        reviews.add(review);
        return review;
    }

    /** The level now: the latest review's, else the one found at identification. */
    public RiskLevel current() {
        return reviews.isEmpty() ? level : reviews.get(reviews.size() - 1).getLevel();
    }

    /** The latest review against the level before it; NONE without reviews. */
    public RiskTrend trend() {
        if (reviews.isEmpty()) {
            return RiskTrend.NONE;
        }
        RiskLevel before = reviews.size() == 1 ? level : reviews.get(reviews.size() - 2).getLevel();
        return RiskTrend.between(before, current());
    }

    /** The scores from identification to the latest review, oldest first: the trend as numbers. */
    public List<Integer> scoreHistory() {
        List<Integer> scores = new ArrayList<>();
        scores.add(level.score());
        reviews.forEach(review -> scores.add(review.getLevel().score()));
        return scores;
    }

    /** The description as the public reads it: only when the secretariat made it public. */
    public String publicDescription() {
        return descriptionPublic ? description : null;
    }

    @Override
    public Long getId() { return id; }
    public int getVersion() { return version; }
    public SocialProgram getProgram() { return program; }
    public Long getStateId() { return stateId; }
    public RiskDimension getDimension() { return dimension; }
    public void setDimension(RiskDimension v) { this.dimension = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { this.description = v; }
    public boolean isDescriptionPublic() { return descriptionPublic; }
    public void setDescriptionPublic(boolean v) { this.descriptionPublic = v; }
    /** The level found at identification. */
    public RiskLevel getLevel() { return level; }
    public String getControls() { return controls; }
    public void setControls(String v) { this.controls = v; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String v) { this.evidence = v; }
    public LocalDate getIdentifiedOn() { return identifiedOn; }
    public void setIdentifiedOn(LocalDate v) { this.identifiedOn = v; }
    public List<RiskReview> getReviews() { return reviews; }

    @Override
    public Long auditStateId() {
        return stateId;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("program", program.getName());
        snapshot.put("dimension", dimension == null ? null : dimension.name());
        snapshot.put("description", description);
        snapshot.put("descriptionPublic", descriptionPublic);
        snapshot.put("likelihood", current().getLikelihood());
        snapshot.put("impact", current().getImpact());
        snapshot.put("controls", controls);
        snapshot.put("evidence", evidence);
        snapshot.put("identifiedOn", identifiedOn == null ? null : identifiedOn.toString());
        snapshot.put("reviews", reviews.size());
        return snapshot;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ProgramRisk r && id != null && id.equals(r.id);
    }

    @Override
    public int hashCode() {
        return ProgramRisk.class.hashCode();
    }
}
