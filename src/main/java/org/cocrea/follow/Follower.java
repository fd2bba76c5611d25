package org.cocrea.follow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.cocrea.audit.Auditable;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.persistence.NotShownOnPublicPages;
import org.cocrea.shared.persistence.Recorded;

/**
 * An e-mail address that follows a state, a plan or a commitment (issue 13). Anonymous: no account,
 * no name. Double opt-in: it gets mail only once {@link #confirm confirmed} through the signed link of
 * its confirmation mail. Its address is shown nowhere, exported nowhere and never audited
 * ({@link #auditSnapshot()} leaves it out); stopping deletes the row.
 */
@NotShownOnPublicPages
@Entity
@Table(name = "follower")
public class Follower extends Recorded implements Auditable {

    private static final long serialVersionUID = 1L;

    /** RFC 5321's longest forward path. */
    public static final int MAX_ADDRESS = 254;
    /** A plain address: one @, no spaces or angle brackets, a dot in the domain. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\"(),;:\\\\]+@[^@\\s<>\"(),;:\\\\]+\\.[^@\\s<>\"(),;:\\\\.]+");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FollowTarget target;

    @Column(name = "target_id", nullable = false, updatable = false)
    private long targetId;

    @Column(name = "state_id", nullable = false, updatable = false)
    private long stateId;

    @Column(nullable = false, updatable = false)
    private String address;

    @Column(nullable = false)
    private String language;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected Follower() {
    }

    Follower(FollowTarget target, long targetId, long stateId, String address, String language) {
        this.target = target;
        this.targetId = targetId;
        this.stateId = stateId;
        this.address = checkedAddress(address);
        this.language = "en".equals(language) ? "en" : "es";
    }

    /** The address as it is kept and compared: trimmed, lower case; refused on the field {@code address} if it is not one. */
    public static String checkedAddress(String typed) {
        String address = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (address.isEmpty()) {
            throw DomainException.onField("address", "follow.address.required");
        }
        if (address.length() > MAX_ADDRESS || !ADDRESS.matcher(address).matches()) {
            throw DomainException.onField("address", "follow.address.invalid");
        }
        return address;
    }

    /** The double opt-in's second step; confirming again changes nothing. */
    void confirm(Instant now) {
        if (confirmedAt == null) {
            confirmedAt = now;
        }
    }

    /** A new sign-up for a row still waiting for its confirmation takes the language chosen last. */
    void chooseLanguage(String chosen) {
        language = "en".equals(chosen) ? "en" : "es";
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    @Override
    public Long getId() { return id; }
    public FollowTarget getTarget() { return target; }
    public long getTargetId() { return targetId; }
    String getAddress() { return address; }
    String getLanguage() { return language; }

    @Override
    public Long auditStateId() {
        return stateId;
    }

    /** What the trail shows: what is followed and whether it is confirmed; never the address. */
    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("target", target.name());
        snapshot.put("targetId", targetId);
        snapshot.put("confirmed", isConfirmed());
        return snapshot;
    }
}
