package org.cocrea.assistance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.cocrea.account.Recipients;
import org.cocrea.audit.AuditTrail;
import org.cocrea.follow.FormTokens;
import org.cocrea.follow.PublicLimits;
import org.cocrea.mail.MailKind;
import org.cocrea.mail.Outbox;
import org.cocrea.shared.Caller;
import org.cocrea.shared.ConcurrentChange;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.Records;

/**
 * Remote technical assistance (issue 9). Anybody asks for it on the public form, limited like the other
 * anonymous forms (signed form token, per network and per address limits, a honeypot in the page); the
 * platform's administrators are told by mail (through the outbox, in the same transaction) and follow
 * the request up. Only the administrator reads requests; every change is audited, never the contact.
 */
@ApplicationScoped
@Transactional
public class AssistanceService {

    static final String BUCKET = "assistance";
    static final int LIST_LIMIT = 500;

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private FormTokens forms;

    @Inject
    private PublicLimits limits;

    @Inject
    private Recipients recipients;

    @Inject
    private Outbox outbox;

    /** What the public form sends. */
    public record Typed(String stateName, String institution, String need, String contactName, String contactEmail,
                        boolean consent, String language) {
    }

    /**
     * A request from the public form: the form's token and the limits first, then the fields' rules;
     * {@code network} is the client's address, counted by its keyed hash only.
     */
    public AssistanceRequest submit(Typed typed, String formToken, String network) {
        forms.check(formToken);
        limits.fromNetwork(BUCKET, network);
        AssistanceRequest request = new AssistanceRequest(typed.stateName(), typed.institution(), typed.need(),
                typed.contactName(), typed.contactEmail(), typed.consent(), typed.language());
        limits.forAddress(BUCKET, request.getContactEmail());
        em.persist(request);
        audit.record(currentCaller.get().username(), "REQUEST", request, null);
        outbox.enqueue(MailKind.ASSISTANCE_REQUESTED, recipients.administrators(), null, "/admin/assistance?id=" + request.getId(),
                request.getStateName(), request.getInstitution());
        return request;
    }

    /** The requests, newest first, optionally of one status: for the administrator. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssistanceRequest> list(AssistanceStatus status) {
        currentCaller.get().requireAdmin();
        var query = em.createQuery("select r from AssistanceRequest r" + (status == null ? "" : " where r.status = :status")
                + " order by r.createdAt desc, r.id desc", AssistanceRequest.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setMaxResults(LIST_LIMIT).getResultList();
    }

    /** One request, for the administrator. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AssistanceRequest request(long id) {
        currentCaller.get().requireAdmin();
        return Records.found(em.find(AssistanceRequest.class, id));
    }

    /** The administrator's follow-up: status and note; refused if someone followed it up meanwhile. */
    public AssistanceRequest followUp(long id, int versionRead, AssistanceStatus status, String note) {
        Caller caller = currentCaller.get();
        caller.requireAdmin();
        AssistanceRequest request = Records.found(em.find(AssistanceRequest.class, id));
        ConcurrentChange.check(versionRead, request.getVersion());
        var before = request.auditSnapshot();
        request.followUp(status, note, caller.username(), clock.instant());
        audit.record(caller.username(), "ASSISTANCE_FOLLOW_UP", request, before);
        return request;
    }
}
