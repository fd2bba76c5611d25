package org.cocrea.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import org.cocrea.account.Recipients;
import org.cocrea.mail.MailKind;
import org.cocrea.mail.Outbox;
import org.cocrea.mail.Recipient;
import org.cocrea.transparency.AuditRun;
import org.cocrea.transparency.Finding;

/**
 * When the transparency log's self-audit finds a mismatch, the platform's administrators are mailed
 * through the outbox, in the audit run's own transaction (the run and its alert are written together):
 * how many findings, the first one, and the public status page. The transparency package knows no
 * accounts; this bean joins the two.
 */
@ApplicationScoped
public class TransparencyAlerts {

    @Inject
    private Recipients recipients;

    @Inject
    private Outbox outbox;

    void auditFailed(@Observes(during = TransactionPhase.IN_PROGRESS) AuditRun run) {
        if (run.isOk()) {
            return;
        }
        List<Recipient> administrators = recipients.administrators().stream().filter(r -> r.address() != null).toList();
        Finding first = run.findings().get(0);
        outbox.enqueueForJob(MailKind.TRANSPARENCY_ALERT, administrators, null, "/transparency",
                run.findings().size(), first.code(), first.entry(), first.detail());
    }
}
