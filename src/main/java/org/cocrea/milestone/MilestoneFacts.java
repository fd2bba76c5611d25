package org.cocrea.milestone;

import java.time.Instant;
import org.cocrea.account.Account;
import org.cocrea.file.StoredFile;
import org.cocrea.transparency.EntryFacts;
import org.cocrea.transparency.EntryKind;

/**
 * What the transparency log records of a milestone's evidence and verdicts: the one place that
 * says which facts of a report, a piece of evidence, a sign-off or a status change are logged.
 * Organizations by name; never a person, never a contact; a report's text only as its SHA-256.
 * Public for the demo builder, which files its reports its own way.
 */
public final class MilestoneFacts {

    private MilestoneFacts() {
    }

    public static EntryFacts report(ProgressReport report) {
        Milestone milestone = report.getMilestone();
        return EntryFacts.of(EntryKind.PROGRESS_REPORT, "report", report.getId())
                .commitment(milestone.getCommitment().getId())
                .with("milestone", milestone.getId())
                .with("percent", report.getPercent())
                .with("reportedOn", report.getReportedOn())
                .with("label", report.getLabel())
                .hashOf("narrative", report.getNarrative())
                .with("organization", organization(report.getAuthor()));
    }

    /**
     * A file's name and a link's address are public facts only once the milestone is public: before
     * (a report the secretariat files on a commitment of a plan still in draft, or on a milestone not
     * yet published) they enter the log as their hashes, like a report's text.
     */
    public static EntryFacts evidence(Evidence evidence) {
        return evidence(evidence, evidence.getReport().getMilestone().isPublic());
    }

    /** With {@code isPublic}, in clear: as the self-audit states a record again (it holds a text against its logged hash). */
    static EntryFacts evidence(Evidence evidence, boolean isPublic) {
        StoredFile stored = evidence.getStored();
        Milestone milestone = evidence.getReport().getMilestone();
        return EntryFacts.of(EntryKind.EVIDENCE, "evidence", evidence.getId())
                .commitment(milestone.getCommitment().getId())
                .bytes(stored.getContentId())
                .with("report", evidence.getReport().getId())
                .with("milestone", milestone.getId())
                .with("type", stored.getKind())
                .with("sha256", stored.getSha256())
                .with("size", stored.getSizeBytes())
                .with("mediaType", stored.getMediaType())
                .text("name", stored.getFileName(), isPublic)
                .text("link", stored.getUrl(), isPublic);
    }

    public static EntryFacts signOff(Milestone milestone, SignOff signOff) {
        return EntryFacts.of(EntryKind.SIGN_OFF, "signOff", signOff.getId())
                .commitment(milestone.getCommitment().getId())
                .with("milestone", milestone.getId())
                .with("party", signOff.getParty())
                .with("signedAt", signOff.getSignedAt())
                .with("organization", organization(signOff.getSignedBy()));
    }

    public static EntryFacts status(Milestone milestone, Instant at) {
        return EntryFacts.of(EntryKind.MILESTONE_STATUS, "milestone", milestone.getId())
                .commitment(milestone.getCommitment().getId())
                .with("status", milestone.getStatus())
                .with("at", at);
    }

    private static String organization(Account account) {
        return account.getActor() == null ? null : account.getActor().getName();
    }
}
