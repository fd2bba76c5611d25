package org.cocrea.milestone;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.account.Account;
import org.cocrea.audit.Auditable;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.persistence.Recorded;

/** A progress report (reporte de avance) on a milestone by a responsible actor, with its evidence. */
@Entity
@Table(name = "progress_report")
public class ProgressReport extends Recorded implements Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "milestone_id", nullable = false, updatable = false)
    private Milestone milestone;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account author;

    @NotNull
    @Column(name = "reported_on", nullable = false, updatable = false)
    private LocalDate reportedOn;

    @NotBlank
    @Size(max = 10_000)
    @Column(nullable = false, updatable = false)
    private String narrative;

    /** 0 to 100: the rule is {@link #submit}'s, which says so next to the field. */
    @Column(nullable = false, updatable = false)
    private Integer percent;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ReportLabel label;

    /** The longest explanation of a delay. */
    public static final int DELAY_EXPLANATION_MAX = 2000;

    /** Filed on an overdue milestone: why it is late (issue 13); null when filed on time. Public with the report. */
    @Size(max = DELAY_EXPLANATION_MAX)
    @Column(name = "delay_explanation", updatable = false, length = DELAY_EXPLANATION_MAX)
    private String delayExplanation;

    /** Filed on an overdue milestone: when its reporter now expects it done; null when filed on time. */
    @Column(name = "expected_date", updatable = false)
    private LocalDate expectedDate;

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Evidence> evidence = new ArrayList<>();

    protected ProgressReport() {
    }

    /** A blank report for a form. */
    public static ProgressReport draft(LocalDate today) {
        ProgressReport report = new ProgressReport();
        report.reportedOn = today;
        return report;
    }

    /** A fresh report with what the form holds, so that a refused submission leaves the form as it was. */
    public ProgressReport copyOfForm() {
        ProgressReport copy = draft(reportedOn);
        copy.narrative = narrative;
        copy.percent = percent;
        copy.label = label;
        copy.delayExplanation = delayExplanation;
        copy.expectedDate = expectedDate;
        return copy;
    }

    /**
     * Files the report under its milestone, written by {@code author}. The milestone decides
     * whether it takes reports (a verified one does not).
     */
    public void submit(Milestone milestone, Account author, LocalDate today) {
        if (this.milestone != null) {
            throw new IllegalStateException("report already submitted");
        }
        if (narrative == null || narrative.isBlank()) {
            throw DomainException.onField("narrative", "report.narrative.required");
        }
        if (percent == null || percent < 0 || percent > 100) {
            throw DomainException.onField("percent", "report.percent.range");
        }
        if (reportedOn != null && reportedOn.isAfter(today)) {
            throw DomainException.onField("reportedOn", "report.date.future");
        }
        LocalDate began = milestone.getCommitment().getStartDate();
        if (reportedOn != null && began != null && reportedOn.isBefore(began)) {
            throw DomainException.onField("reportedOn", "report.date.beforeCommitment", began);
        }
        // late on the report's own date (a report dated before the end speaks for a time when it was not)
        explainDelay(milestone.isOverdue(reportedOn == null ? today : reportedOn), today);
        milestone.accept(this); // may refuse: then nothing of this report is attached anywhere
        this.milestone = milestone;
        this.author = author;
    }

    /**
     * The report that records the progress an imported file gave a new milestone (issue 14,
     * {@link Milestone#takeImported}): dated the day of the import, by the person who imported it,
     * its narrative saying it was imported. It speaks for the file, not for a responsible actor
     * filing late or before the commitment's start, so it carries no delay explanation and takes
     * no date rule; the milestone's own rules (percent 0–100, not complete or verified) hold.
     */
    static ProgressReport imported(Milestone milestone, Account author, LocalDate today, int percent, String narrative) {
        if (percent < 0 || percent > 100) {
            throw DomainException.onField("progress", "report.percent.range");
        }
        ProgressReport report = draft(today);
        report.narrative = narrative;
        report.percent = percent;
        milestone.accept(report);
        report.milestone = milestone;
        report.author = author;
        return report;
    }

    /**
     * On a milestone overdue on the report's date, the report says why it is late (required, at most
     * {@value #DELAY_EXPLANATION_MAX} characters) and when it is now expected done (today or later);
     * on time, it carries neither.
     */
    private void explainDelay(boolean overdue, LocalDate today) {
        if (!overdue) {
            delayExplanation = null;
            expectedDate = null;
            return;
        }
        String why = delayExplanation == null ? "" : delayExplanation.strip();
        if (why.isEmpty()) {
            throw DomainException.onField("delayExplanation", "signoffs.delay.required");
        }
        if (why.length() > DELAY_EXPLANATION_MAX) {
            throw DomainException.onField("delayExplanation", "signoffs.delay.tooLong", DELAY_EXPLANATION_MAX);
        }
        if (expectedDate == null) {
            throw DomainException.onField("expectedDate", "signoffs.delay.dateRequired");
        }
        if (expectedDate.isBefore(today)) {
            throw DomainException.onField("expectedDate", "signoffs.delay.dateBeforeToday");
        }
        delayExplanation = why;
    }

    /** Adds a piece of evidence; only a new {@link Evidence} adds itself. */
    void add(Evidence piece) {
        evidence.add(piece);
    }

    @Override
    public Long getId() { return id; }
    public Milestone getMilestone() { return milestone; }
    public Account getAuthor() { return author; }
    public LocalDate getReportedOn() { return reportedOn; }
    public void setReportedOn(LocalDate reportedOn) { this.reportedOn = reportedOn; }
    public String getNarrative() { return narrative; }
    public void setNarrative(String narrative) { this.narrative = narrative; }
    public Integer getPercent() { return percent; }
    public void setPercent(Integer percent) { this.percent = percent; }
    public ReportLabel getLabel() { return label; }
    public void setLabel(ReportLabel label) { this.label = label; }
    public List<Evidence> getEvidence() { return evidence; }
    public String getDelayExplanation() { return delayExplanation; }
    public void setDelayExplanation(String delayExplanation) { this.delayExplanation = delayExplanation; }
    public LocalDate getExpectedDate() { return expectedDate; }
    public void setExpectedDate(LocalDate expectedDate) { this.expectedDate = expectedDate; }

    @Override
    public Long auditStateId() {
        return milestone.getCommitment().getStateId();
    }

    @Override
    public Long auditCommitmentId() {
        return milestone.getCommitment().getId();
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("milestone", milestone.getTitle());
        s.put("reportedOn", reportedOn);
        s.put("narrative", narrative);
        s.put("percent", percent);
        s.put("label", label);
        s.put("delayExplanation", delayExplanation);
        s.put("expectedDate", expectedDate);
        s.put("evidence", evidence.stream().map(Evidence::toString).toList());
        return s;
    }
}
