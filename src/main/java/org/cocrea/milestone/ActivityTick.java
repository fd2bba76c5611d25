package org.cocrea.milestone;

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

/**
 * A progress report ticked an activity of its milestone: the report marked it done (issue 13). Never
 * updated or deleted: an activity reopened and ticked again has one of these per report.
 */
@Entity
@Table(name = "milestone_activity_tick")
public class ActivityTick implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id", nullable = false, updatable = false)
    private MilestoneActivity activity;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    private ProgressReport report;

    @Column(name = "ticked_at", nullable = false, updatable = false)
    private Instant tickedAt;

    protected ActivityTick() {
    }

    ActivityTick(MilestoneActivity activity, ProgressReport report, Instant tickedAt) {
        this.activity = activity;
        this.report = report;
        this.tickedAt = tickedAt;
    }

    public Long getId() { return id; }
    public MilestoneActivity getActivity() { return activity; }
    public ProgressReport getReport() { return report; }
    public Instant getTickedAt() { return tickedAt; }
}
