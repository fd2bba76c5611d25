package org.cocrea.mail;

import org.cocrea.shared.persistence.NotShownOnPublicPages;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.audit.Auditable;

/** A person's choice for one kind of mail; no row means {@link Delivery#AT_ONCE}. */
@NotShownOnPublicPages
@Entity
@Table(name = "mail_preference")
@IdClass(MailPreference.Key.class)
public class MailPreference implements Auditable, Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Id
    @Enumerated(EnumType.STRING)
    private MailKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Delivery delivery;

    protected MailPreference() {
    }

    MailPreference(long accountId, MailKind kind, Delivery delivery) {
        if (!kind.isOptional()) {
            throw new IllegalArgumentException(kind + " cannot be switched off");
        }
        this.accountId = accountId;
        this.kind = kind;
        this.delivery = delivery;
    }

    void choose(Delivery delivery) {
        this.delivery = delivery;
    }

    public MailKind getKind() { return kind; }
    public Delivery getDelivery() { return delivery; }

    /** The trail's id of a preference: the account's (the kind is in the snapshot). */
    @Override
    public Long getId() {
        return accountId;
    }

    @Override
    public Long auditStateId() {
        return null;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("kind", kind);
        snapshot.put("delivery", delivery);
        return snapshot;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long accountId;
        private MailKind kind;

        public Key() {
        }

        Key(long accountId, MailKind kind) {
            this.accountId = accountId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(accountId, k.accountId) && kind == k.kind;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(accountId, kind);
        }
    }
}
