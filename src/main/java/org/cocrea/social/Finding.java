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
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.attachment.AttachmentOwner;
import org.cocrea.attachment.HoldsAttachments;
import org.cocrea.audit.Auditable;
import org.cocrea.shared.Caller;
import org.cocrea.shared.Texts;
import org.cocrea.shared.persistence.Recorded;

/**
 * What a vigilance group found on a visit, with evidence (attachments: photos, documents). The
 * public reads it, and its evidence, only once the group published it and the program is published;
 * it may be marked for the secretariat's next risk review of the program.
 */
@Entity
@Table(name = "vigilance_finding")
public class Finding extends Recorded implements Auditable, HoldsAttachments {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "visit_id", nullable = false, updatable = false)
    private GroupVisit visit;

    @Column(name = "state_id", nullable = false, updatable = false)
    private Long stateId;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "for_risk_review", nullable = false)
    private boolean forRiskReview;

    @Version
    private int version;

    protected Finding() {
    }

    Finding(GroupVisit visit, String description, boolean forRiskReview) {
        this.visit = visit;
        this.stateId = visit.getGroup().getStateId();
        this.description = Texts.required(description, "description", SocialProgram.TEXT, "vigilance.finding.required", "social.text.tooLong");
        this.forRiskReview = forRiskReview;
    }

    public void publish(boolean published) {
        this.published = published;
    }

    void markForRiskReview(boolean marked) {
        this.forRiskReview = marked;
    }

    /** Anybody reads a published finding of a published program; the state's secretariat reads every one. */
    public boolean isVisibleTo(Caller caller) {
        return caller.runsSecretariatOf(stateId) || published && visit.getGroup().getProgram().isPublished();
    }

    @Override
    public AttachmentOwner attachmentOwner() {
        return AttachmentOwner.VIGILANCE_FINDING;
    }

    @Override
    public boolean maySeeAttachments(Caller caller) {
        return isVisibleTo(caller);
    }

    @Override
    public boolean attachmentsArePublic() {
        return isVisibleTo(Caller.ANONYMOUS);
    }

    @Override
    public Long getId() { return id; }
    @Override
    public Long getStateId() { return stateId; }
    public GroupVisit getVisit() { return visit; }
    public String getDescription() { return description; }
    public boolean isPublished() { return published; }
    public boolean isForRiskReview() { return forRiskReview; }
    public int getVersion() { return version; }

    @Override
    public Long auditStateId() {
        return stateId;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("visit", visit.getVisitedOn() + " " + visit.getPlace());
        s.put("description", description);
        s.put("published", published);
        s.put("forRiskReview", forRiskReview);
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Finding f && id != null && id.equals(f.id);
    }

    @Override
    public int hashCode() {
        return Finding.class.hashCode();
    }
}
