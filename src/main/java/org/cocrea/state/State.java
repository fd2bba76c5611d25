package org.cocrea.state;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.audit.Auditable;
import org.cocrea.shared.Dates;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.persistence.Recorded;

/** A state of the federation and its local technical secretariat (Secretariado Técnico Local). */
@Entity
@Table(name = "state")
public class State extends Recorded implements Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Short code shown in URLs and codes, e.g. "SON". */
    @NotBlank
    @Pattern(regexp = "[A-Z]{2,10}", message = "{state.code.pattern}")
    @Column(nullable = false, unique = true)
    private String code;

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, unique = true)
    private String name;

    @NotBlank
    @Size(max = 200)
    @Column(name = "secretariat_name", nullable = false)
    private String secretariatName;

    /** IANA name of the state's zone: its "today" and the times its people read. */
    @Column(name = "time_zone", nullable = false)
    private String timeZone = Dates.DEFAULT_ZONE.getId();

    /** How the program accompanies the state; null while the administrator has not said (issue 9). */
    @Enumerated(EnumType.STRING)
    @Column(name = "support_mode")
    private SupportMode supportMode;

    /**
     * Separation of duties (issue 13): whoever sent a commitment to review may not approve it; another
     * member of the secretariat does. Off by default.
     */
    @Column(name = "second_approver", nullable = false)
    private boolean secondApprover;

    /** The information institute co-signs the verification of milestones (issue 13). Off by default. */
    @Column(name = "institute_co_signs", nullable = false)
    private boolean instituteCoSigns;

    @Version
    private int version;

    protected State() {
    }

    public State(String code, String name, String secretariatName) {
        this.code = code;
        this.name = name;
        this.secretariatName = secretariatName;
    }

    /** A blank state for a creation form. */
    public static State blank() {
        return new State();
    }

    /** Gives the state another of Mexico's zones ({@link Dates#ZONES}); anything else is refused. */
    public void changeZone(String zoneId) {
        timeZone = Dates.stateZone(zoneId)
                .orElseThrow(() -> DomainException.onField("timeZone", "state.timeZone.unknown"))
                .getId();
    }

    /** Records how the program accompanies the state (in person or remote); null: not said. */
    public void changeSupportMode(SupportMode mode) {
        supportMode = mode;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** Today in this state. */
    public LocalDate today(Clock clock) {
        return Dates.today(clock, zone());
    }

    @Override
    public Long getId() { return id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? null : name.trim(); }
    public String getSecretariatName() { return secretariatName; }
    public void setSecretariatName(String secretariatName) { this.secretariatName = secretariatName; }
    /** For the forms: the zone's IANA name; {@link #changeZone} checks it when saved. */
    public String getTimeZone() { return timeZone; }
    public SupportMode getSupportMode() { return supportMode; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public boolean isSecondApprover() { return secondApprover; }
    public void setSecondApprover(boolean secondApprover) { this.secondApprover = secondApprover; }
    public boolean isInstituteCoSigns() { return instituteCoSigns; }
    public void setInstituteCoSigns(boolean instituteCoSigns) { this.instituteCoSigns = instituteCoSigns; }

    @Override
    public Long auditStateId() {
        return id;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("code", code);
        snapshot.put("name", name);
        snapshot.put("secretariatName", secretariatName);
        snapshot.put("timeZone", timeZone);
        snapshot.put("supportMode", supportMode);
        snapshot.put("secondApprover", secondApprover);
        snapshot.put("instituteCoSigns", instituteCoSigns);
        return snapshot;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof State s && id != null && id.equals(s.id);
    }

    @Override
    public int hashCode() {
        return State.class.hashCode();
    }
}
