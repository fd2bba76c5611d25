package org.cocrea.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocrea.audit.AuditTrail;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;

/**
 * Each person's choice per kind of mail (at once, daily digest, never), on the account page; and
 * the one-click unsubscribe of a mail's signed link, without signing in. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class MailPreferences {

    /** Who the trail names for a change made through a mail's unsubscribe link. */
    static final String BY_LINK = "unsubscribe-link";

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private MailSettings settings;

    /** The kinds a person may choose for, in the order the page lists them. */
    public static List<MailKind> choosable() {
        return Arrays.stream(MailKind.values()).filter(MailKind::isOptional).toList();
    }

    /** The signed-in person's choices, every choosable kind present. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<MailKind, Delivery> mine() {
        long account = signedIn().accountId();
        Map<MailKind, Delivery> choices = new EnumMap<>(MailKind.class);
        choosable().forEach(kind -> choices.put(kind, Delivery.AT_ONCE));
        em.createQuery("select p from MailPreference p where p.accountId = :account", MailPreference.class)
                .setParameter("account", account)
                .getResultStream()
                .forEach(p -> choices.put(p.getKind(), p.getDelivery()));
        return choices;
    }

    /** Saves the signed-in person's choices; only the kinds that changed are written and audited. */
    public void choose(Map<MailKind, Delivery> choices) {
        Caller caller = signedIn();
        choices.forEach((kind, delivery) -> {
            if (kind.isOptional() && delivery != null) {
                set(caller.accountId(), kind, delivery, caller.username());
            }
        });
    }

    /** What a mail's unsubscribe link would stop; empty for a forged, changed or foreign token. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MailKind> kindOf(String token) {
        return settings.tokens().verify(token).map(UnsubscribeTokens.Subject::kind);
    }

    /** The one click: that kind of mail never again for that account. Refused (empty) for an invalid token. */
    public Optional<MailKind> unsubscribe(String token) {
        Optional<UnsubscribeTokens.Subject> subject = settings.tokens().verify(token);
        subject.ifPresent(s -> set(s.accountId(), s.kind(), Delivery.NEVER, BY_LINK));
        return subject.map(UnsubscribeTokens.Subject::kind);
    }

    private void set(long accountId, MailKind kind, Delivery delivery, String by) {
        MailPreference preference = em.find(MailPreference.class, new MailPreference.Key(accountId, kind));
        if (preference == null) {
            if (delivery == Delivery.AT_ONCE) {
                return;
            }
            preference = new MailPreference(accountId, kind, delivery);
            em.persist(preference);
            audit.record(by, "MAIL_PREFERENCE", preference, null);
        } else if (preference.getDelivery() != delivery) {
            var before = preference.auditSnapshot();
            preference.choose(delivery);
            audit.record(by, "MAIL_PREFERENCE", preference, before);
        }
    }

    private Caller signedIn() {
        Caller caller = currentCaller.get();
        if (caller.isAnonymous()) {
            throw new AccessDeniedException();
        }
        return caller;
    }
}
