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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocrea.account.Account;
import org.cocrea.shared.Caller;
import org.cocrea.actor.Actor;
import org.cocrea.audit.Auditable;
import org.cocrea.commitment.Commitment;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Progress;
import org.cocrea.shared.persistence.Recorded;

/**
 * A milestone (hito): a deliverable of a commitment with dates, a weight and responsible actors.
 * Its status moves by the rules of {@link MilestoneStatus}; reports move its progress; two
 * sign-offs verify it.
 */
@Entity
@Table(name = "milestone")
public class Milestone extends Recorded implements Auditable {

    private static final long serialVersionUID = 1L;

    /** A milestone not done within this many days of its end date is at risk. */
    public static final int AT_RISK_DAYS = 15;

    /** The longest reason for a completion without a final report. */
    public static final int COMPLETION_REASON_MAX = 2000;

    /** The longest reason for declining a sign-off. */
    public static final int DECLINE_REASON_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id", nullable = false, updatable = false)
    private Commitment commitment;

    @NotBlank
    @Size(max = 300)
    @Column(nullable = false)
    private String title;

    @Size(max = 10_000)
    private String deliverable;

    @NotNull
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @NotNull
    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    /** Relative weight within the commitment; null means "no weight given". */
    @DecimalMin("0")
    @DecimalMax("1000")
    private BigDecimal weight;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MilestoneStatus status = MilestoneStatus.NOT_STARTED;

    /** The percent of the latest report, kept here so that roll-ups need not read every report. */
    @Column(name = "reported_percent", nullable = false)
    private int reportedPercent;

    /**
     * Why the secretariat declared it complete without a final report at 100 % with evidence;
     * null when such a report stands behind it. Signers and the public read it.
     */
    @Size(max = COMPLETION_REASON_MAX)
    @Column(name = "completion_reason", length = COMPLETION_REASON_MAX)
    private String completionReason;

    @ManyToMany
    @JoinTable(name = "milestone_responsible",
            joinColumns = @JoinColumn(name = "milestone_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    @OrderBy("name")
    private Set<Actor> responsibles = new LinkedHashSet<>();

    @OneToMany(mappedBy = "milestone", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("signedAt")
    private List<SignOff> signOffs = new ArrayList<>();

    @OneToMany(mappedBy = "milestone")
    @OrderBy("createdAt DESC")
    private List<ProgressReport> reports = new ArrayList<>();

    /** Every sign-off declined, newest first: never removed, so reopening keeps them. */
    @OneToMany(mappedBy = "milestone", cascade = CascadeType.PERSIST)
    @OrderBy("declinedAt DESC")
    private List<SignOffDecline> declines = new ArrayList<>();

    // The milestone as the commitment's published version has it (issue 11): what the public reads.
    // A milestone added while a published commitment is revised is not public until the next
    // publication; a change of its title, deliverable, dates or weight shows then too. Its status,
    // reports, evidence and sign-offs are follow-up, public at once.
    @Column(name = "published", nullable = false)
    private boolean published;

    @Column(name = "published_title")
    private String publishedTitle;

    @Column(name = "published_deliverable")
    private String publishedDeliverable;

    @Column(name = "published_start_date")
    private LocalDate publishedStartDate;

    @Column(name = "published_end_date")
    private LocalDate publishedEndDate;

    @Column(name = "published_weight")
    private BigDecimal publishedWeight;

    @Version
    private int version;

    protected Milestone() {
    }

    /** A blank milestone for a creation form. */
    public static Milestone blank() {
        Milestone milestone = new Milestone();
        return milestone;
    }

    public Milestone(Commitment commitment, String title, LocalDate startDate, LocalDate endDate) {
        this.title = title;
        this.startDate = startDate;
        this.endDate = endDate;
        attachTo(commitment);
    }

    /** Files a milestone typed into a form under its commitment. */
    public void attachTo(Commitment commitment) {
        if (this.commitment != null) {
            throw new IllegalStateException("milestone already belongs to a commitment");
        }
        checkDatesWithin(commitment); // refused before anything is attached
        this.commitment = commitment;
        commitment.getMilestones().add(this);
    }

    /** Called by the commitment when it publishes a version: this milestone, as it is now, is what the public reads. */
    public void publish() {
        published = true;
        publishedTitle = title;
        publishedDeliverable = deliverable;
        publishedStartDate = startDate;
        publishedEndDate = endDate;
        publishedWeight = weight;
    }

    /** Whether the public's version of the milestone differs from the working one. */
    public boolean differsFromPublished() {
        return !published || !java.util.Objects.equals(title, publishedTitle)
                || !java.util.Objects.equals(deliverable, publishedDeliverable)
                || !java.util.Objects.equals(startDate, publishedStartDate)
                || !java.util.Objects.equals(endDate, publishedEndDate)
                || (weight == null ? publishedWeight != null : publishedWeight == null || weight.compareTo(publishedWeight) != 0);
    }

    /** In a published version of a public commitment: the public sees it (as {@link #asPublished()}). */
    public boolean isPublic() {
        return published && commitment.isPublic();
    }

    /**
     * A detached copy with the published title, deliverable, dates and weight and the live status,
     * percent, responsibles and sign-offs: the milestone as the public page shows it. Never saved.
     */
    public Milestone asPublished() {
        Milestone copy = new Milestone();
        copy.id = id;
        copy.commitment = commitment;
        copy.title = publishedTitle;
        copy.deliverable = publishedDeliverable;
        copy.startDate = publishedStartDate;
        copy.endDate = publishedEndDate;
        copy.weight = publishedWeight;
        copy.status = status;
        copy.reportedPercent = reportedPercent;
        copy.responsibles = responsibles;
        copy.signOffs = signOffs;
        copy.completionReason = completionReason;
        copy.published = true;
        return copy;
    }

    /** The end follows the start, and both lie within the commitment's dates when it has them. */
    public void checkDates() {
        checkDatesWithin(commitment);
    }

    private void checkDatesWithin(Commitment within) {
        if (startDate == null || endDate == null) {
            return;
        }
        if (endDate.isBefore(startDate)) {
            throw DomainException.onField("endDate", "milestone.dates.endBeforeStart");
        }
        if (within.getStartDate() != null && startDate.isBefore(within.getStartDate())) {
            throw DomainException.onField("startDate", "milestone.dates.beforeCommitment", within.getStartDate());
        }
        if (within.getEndDate() != null && endDate.isAfter(within.getEndDate())) {
            throw DomainException.onField("endDate", "milestone.dates.afterCommitment", within.getEndDate());
        }
    }

    /**
     * Progress: Not started 0; In progress the latest reported percent, at most 99 until it is
     * declared complete; Complete and Verified 100.
     */
    public Progress progress() {
        return progressOf(status, reportedPercent);
    }

    /** The rule above, for roll-ups that read status and percent without loading milestones. */
    public static Progress progressOf(MilestoneStatus status, int reportedPercent) {
        return Progress.of(switch (status) {
            case NOT_STARTED -> 0;
            case IN_PROGRESS -> Math.min(Math.max(reportedPercent, 0), 99);
            case COMPLETE, VERIFIED -> 100;
        });
    }

    /** Past its end date and not complete. */
    /** Today in the milestone's state: what overdue, at risk and report dates are measured against. */
    public LocalDate today(Clock clock) {
        return commitment.getPlan().today(clock);
    }

    public boolean isOverdue(LocalDate today) {
        return overdue(status, endDate, today);
    }

    static boolean overdue(MilestoneStatus status, LocalDate endDate, LocalDate today) {
        return !status.isDone() && endDate.isBefore(today);
    }

    /**
     * The reminder the milestone's people get on {@code today} (its state's day): due in exactly
     * {@value #AT_RISK_DAYS} days, or overdue (every day until it is complete or its date moves); none
     * otherwise, and none once complete.
     */
    public java.util.Optional<org.cocrea.mail.MailKind> reminderOn(LocalDate today) {
        if (isOverdue(today)) {
            return java.util.Optional.of(org.cocrea.mail.MailKind.MILESTONE_OVERDUE);
        }
        return !status.isDone() && endDate.equals(today.plusDays(AT_RISK_DAYS))
                ? java.util.Optional.of(org.cocrea.mail.MailKind.MILESTONE_DUE) : java.util.Optional.empty();
    }

    /** Not complete, not yet overdue, and its end date is near. */
    public boolean isAtRisk(LocalDate today) {
        return atRisk(status, endDate, today);
    }

    static boolean atRisk(MilestoneStatus status, LocalDate endDate, LocalDate today) {
        return !status.isDone() && !overdue(status, endDate, today) && !endDate.isAfter(today.plusDays(AT_RISK_DAYS));
    }

    /** A manual status change by the secretariat, without a reason (see {@link #moveTo(MilestoneStatus, String)}). */
    public void moveTo(MilestoneStatus next) {
        moveTo(next, null);
    }

    /**
     * A manual status change by the secretariat. Reopening a completed milestone drops its
     * sign-offs and its completion reason. Complete needs evidence behind it, as the methodology's
     * verification does: the latest report at 100 % with at least one piece of evidence
     * ({@link #hasFinalReport()}), or else a reason, recorded and shown to the signers and the public.
     */
    public void moveTo(MilestoneStatus next, String reason) {
        if (next == null || !status.canMoveTo(next)) {
            throw DomainException.onField("status", "milestone.status.notAllowed");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (next == MilestoneStatus.COMPLETE) {
            if (why == null && !hasFinalReport()) {
                throw DomainException.onField("completionReason", "milestone.complete.needsFinalReport");
            }
            if (why != null && why.length() > COMPLETION_REASON_MAX) {
                throw DomainException.onField("completionReason", "milestone.complete.reasonTooLong", COMPLETION_REASON_MAX);
            }
        }
        if (status == MilestoneStatus.COMPLETE) {
            signOffs.clear();
        }
        status = next;
        completionReason = next == MilestoneStatus.COMPLETE && !hasFinalReport() ? why : null;
        if (next == MilestoneStatus.NOT_STARTED) {
            reportedPercent = 0;
        }
    }

    /**
     * What an imported file says of this milestone, just created by the import (issue 14): its status
     * and progress come in through the rules of the secretariat's moves and of a report, never set by
     * hand. Not started: nothing (a progress above 0 contradicts it). In progress: a progress above 0
     * is an imported report at that percent ({@link ProgressReport#imported}, returned to be saved),
     * else a move to In progress. Complete: moved to In progress, then Complete with {@code reason}
     * (the file's, or the importer's words: the final report and its evidence are not imported).
     * Verified needs the two sign-offs given in Cocrea, so it comes in Complete, waiting for them,
     * {@code reason} saying so. A progress other than 100 contradicts Complete and Verified.
     */
    public Optional<ProgressReport> takeImported(MilestoneStatus said, Integer percent, String reason, String narrative,
                                                 Account by, LocalDate today) {
        if (status != MilestoneStatus.NOT_STARTED || !reports.isEmpty()) {
            throw new IllegalStateException("only a milestone just imported takes the file's status");
        }
        int p = percent == null ? 0 : percent;
        boolean done = said == MilestoneStatus.COMPLETE || said == MilestoneStatus.VERIFIED;
        if (said == MilestoneStatus.NOT_STARTED && p != 0 || done && percent != null && p != 100) {
            throw DomainException.onField("progress", "import.progress.status", p, said.name());
        }
        if (said == MilestoneStatus.IN_PROGRESS && p > 0) {
            return Optional.of(ProgressReport.imported(this, by, today, p, narrative));
        }
        if (said != MilestoneStatus.NOT_STARTED) {
            moveTo(MilestoneStatus.IN_PROGRESS);
        }
        if (done) {
            moveTo(MilestoneStatus.COMPLETE, reason);
        }
        return Optional.empty();
    }

    /** The latest report says 100 % and holds at least one piece of evidence: what completion rests on. */
    public boolean hasFinalReport() {
        return latestReport().filter(r -> r.getPercent() != null && r.getPercent() == 100 && !r.getEvidence().isEmpty())
                .isPresent();
    }

    /** The newest report, if any: what a signer reads before signing. */
    public Optional<ProgressReport> latestReport() {
        return reports.isEmpty() ? Optional.empty() : Optional.of(reports.get(0));
    }

    /** The parties whose sign-off is still missing (none once verified): "Pendiente" on every page. */
    public List<SignOffParty> pendingSignOffs() {
        if (status == MilestoneStatus.VERIFIED) {
            return List.of();
        }
        return requiredParties().stream().filter(p -> signOffOf(p).isEmpty()).toList();
    }

    /**
     * Whose sign-offs verify it: the government lead and a CSO co-responsible, and the information
     * institute where the state's secretariat says so (issue 13).
     */
    public List<SignOffParty> requiredParties() {
        return commitment.getPlan().getState().isInstituteCoSigns() ? List.of(SignOffParty.values())
                : List.of(SignOffParty.GOVERNMENT_LEAD, SignOffParty.CSO_CO_RESPONSIBLE);
    }

    /**
     * Whether the caller may report progress: the secretariat of its state, or a responsible actor
     * once the milestone is public (published with its commitment, in a published plan).
     */
    public boolean mayReport(Caller caller) {
        return caller.runsSecretariatOf(commitment.getStateId())
                || (isPublic()
                    && caller.belongsTo(commitment.getStateId())
                    && caller.actsFor(responsibles.stream().map(Actor::getId).toList()));
    }

    /** Who may read the milestone's reports and evidence: anybody once it is public; its secretariat and its reporters. */
    public boolean isVisibleTo(Caller caller) {
        return isPublic() || caller.runsSecretariatOf(commitment.getStateId()) || mayReport(caller);
    }

    /** Takes a new report: its percent becomes the milestone's; a first report starts the milestone. */
    void accept(ProgressReport report) {
        if (status == MilestoneStatus.VERIFIED) {
            throw new DomainException("report.milestoneVerified");
        }
        if (status == MilestoneStatus.COMPLETE) {
            // its evidence is under review for sign-off; the secretariat reopens it for more
            throw new DomainException("report.milestoneComplete");
        }
        reports.add(0, report);
        reportedPercent = report.getPercent();
        if (status == MilestoneStatus.NOT_STARTED) {
            status = MilestoneStatus.IN_PROGRESS;
        }
    }

    /**
     * Signs off a completed milestone for one party. The government lead must work for the
     * commitment's lead institution; the CSO must be a CSO co-responsible of the commitment. With
     * both sign-offs the milestone is verified.
     */
    public SignOff signOff(SignOffParty party, Account account, Instant when) {
        requireAskedToSign(party, account);
        SignOff signOff = new SignOff(this, party, account, when);
        signOffs.add(signOff);
        if (requiredParties().stream().allMatch(p -> signOffOf(p).isPresent())) {
            status = MilestoneStatus.VERIFIED;
        }
        return signOff;
    }

    /**
     * The party, asked to sign this complete milestone, declines with a reason (required, at most
     * {@value #DECLINE_REASON_MAX} characters): the milestone goes back to In progress, as when the
     * secretariat reopens it (the sign-offs given so far and the completion reason no longer stand),
     * and the refusal is kept with the milestone for its responsible actors and its history.
     */
    public SignOffDecline decline(SignOffParty party, Account account, String reason, Instant when) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw DomainException.onField("declineReason", "signoffs.decline.reasonRequired");
        }
        if (why.length() > DECLINE_REASON_MAX) {
            throw DomainException.onField("declineReason", "signoffs.decline.reasonTooLong", DECLINE_REASON_MAX);
        }
        requireAskedToSign(party, account);
        moveTo(MilestoneStatus.IN_PROGRESS);
        SignOffDecline decline = new SignOffDecline(this, party, account, why, when);
        declines.add(0, decline);
        return decline;
    }

    /** Complete, not yet signed for {@code party}, and {@code account} speaks for that party in this state. */
    private void requireAskedToSign(SignOffParty party, Account account) {
        if (status != MilestoneStatus.COMPLETE) {
            throw new DomainException("signoff.notComplete");
        }
        if (signOffOf(party).isPresent()) {
            throw new DomainException("signoff.already");
        }
        Caller signer = account.asCaller();
        if (!signer.belongsTo(commitment.getStateId())) {
            throw new org.cocrea.shared.AccessDeniedException();
        }
        if (!requiredParties().contains(party) || !represents(signer, party)) {
            throw new DomainException("signoff.notEligible." + party.name());
        }
    }

    /** The newest refusal to sign, if any: what the responsible actors read when they report again. */
    public Optional<SignOffDecline> latestDecline() {
        return declines.isEmpty() ? Optional.empty() : Optional.of(declines.get(0));
    }

    /** The parties the caller could sign for now: what the sign-off buttons offer. */
    public java.util.EnumSet<SignOffParty> partiesSignableBy(Caller caller) {
        java.util.EnumSet<SignOffParty> parties = java.util.EnumSet.noneOf(SignOffParty.class);
        if (status == MilestoneStatus.COMPLETE && caller.belongsTo(commitment.getStateId())) {
            for (SignOffParty party : requiredParties()) {
                if (signOffOf(party).isEmpty() && represents(caller, party)) {
                    parties.add(party);
                }
            }
        }
        return parties;
    }

    /**
     * The government lead works for the commitment's lead institution; the CSO is a CSO among the
     * commitment's co-responsible actors; the institute works for an information institute (of the
     * milestone's state: the callers checked that).
     */
    private boolean represents(Caller caller, SignOffParty party) {
        if (!caller.followsUpForItsOrganization()) {
            return false; // evaluators assess; they do not co-sign
        }
        return switch (party) {
            case GOVERNMENT_LEAD -> caller.actorId() != null && commitment.isLedBy(caller.actorId());
            case CSO_CO_RESPONSIBLE -> caller.worksForA(org.cocrea.actor.ActorType.CSO)
                    && commitment.getCoResponsibles().stream().anyMatch(a -> a.getId().equals(caller.actorId()));
            case INFORMATION_INSTITUTE -> caller.worksForA(org.cocrea.actor.ActorType.INFORMATION_INSTITUTE);
        };
    }

    public Optional<SignOff> signOffOf(SignOffParty party) {
        return signOffs.stream().filter(s -> s.getParty() == party).findFirst();
    }

    @Override
    public Long getId() { return id; }
    public int getVersion() { return version; }
    public Commitment getCommitment() { return commitment; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDeliverable() { return deliverable; }
    public void setDeliverable(String deliverable) { this.deliverable = deliverable; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public BigDecimal getWeight() { return weight; }
    public void setWeight(BigDecimal weight) { this.weight = weight; }
    public MilestoneStatus getStatus() { return status; }
    public int getReportedPercent() { return reportedPercent; }
    public Set<Actor> getResponsibles() { return responsibles; }
    public void setResponsibles(Set<Actor> responsibles) { this.responsibles = new LinkedHashSet<>(responsibles); }
    public List<SignOff> getSignOffs() { return signOffs; }
    public String getCompletionReason() { return completionReason; }
    public List<ProgressReport> getReports() { return reports; }
    public List<SignOffDecline> getDeclines() { return declines; }

    @Override
    public Long auditStateId() {
        return commitment.getStateId();
    }

    @Override
    public Long auditCommitmentId() {
        return commitment.getId();
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", title);
        s.put("deliverable", deliverable);
        s.put("startDate", startDate);
        s.put("endDate", endDate);
        s.put("weight", weight);
        s.put("status", status);
        s.put("reportedPercent", reportedPercent);
        s.put("completionReason", completionReason);
        s.put("responsibles", responsibles.stream().map(Actor::getName).toList());
        s.put("signOffs", signOffs.stream().map(SignOff::toString).toList());
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Milestone m && id != null && id.equals(m.id);
    }

    @Override
    public int hashCode() {
        return Milestone.class.hashCode();
    }
}
