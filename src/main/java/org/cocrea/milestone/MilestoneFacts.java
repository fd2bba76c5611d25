package org.cocrea.milestone;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.cocrea.account.Account;
import org.cocrea.file.StoredFile;
import org.cocrea.transparency.EntryFacts;
import org.cocrea.transparency.EntryKind;
import org.cocrea.transparency.tree.Hex;
import org.cocrea.transparency.tree.Rfc6962;

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
                .with("narrativeSha256", Hex.of(Rfc6962.sha256(report.getNarrative().getBytes(StandardCharsets.UTF_8))))
                .with("organization", organization(report.getAuthor()));
    }

    public static EntryFacts evidence(Evidence evidence) {
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
                .with("name", stored.getFileName())
                .with("link", stored.getUrl());
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
