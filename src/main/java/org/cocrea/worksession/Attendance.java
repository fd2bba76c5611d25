package org.cocrea.worksession;

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
import jakarta.persistence.Table;
import org.cocrea.actor.Actor;
import org.cocrea.actor.Gender;
import org.cocrea.shared.persistence.Recorded;

/**
 * One attendance at a session: the organization that came and, where it was taken, the name and
 * gender of the person who came for it. Names and genders are for the secretariat only.
 */
@Entity
@Table(name = "session_attendance")
public class Attendance extends Recorded {

    private static final long serialVersionUID = 1L;

    static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private WorkSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id", nullable = false, updatable = false)
    private Actor actor;

    @Column(name = "attendee_name", updatable = false)
    private String attendeeName;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Gender gender;

    protected Attendance() {
    }

    /** Made by {@link WorkSession#addAttendance}, which holds the rules. */
    Attendance(WorkSession session, Actor actor, String attendeeName, Gender gender) {
        this.session = session;
        this.actor = actor;
        this.attendeeName = attendeeName;
        this.gender = gender;
    }

    /** The same organization and the same name (ignoring case), or both without a name. */
    boolean isSamePerson(Actor otherActor, String otherName) {
        boolean sameActor = actor == otherActor || (actor.getId() != null && actor.getId().equals(otherActor.getId()));
        return sameActor && (attendeeName == null ? otherName == null : attendeeName.equalsIgnoreCase(otherName));
    }

    public Long getId() { return id; }
    public WorkSession getSession() { return session; }
    public Actor getActor() { return actor; }
    public String getAttendeeName() { return attendeeName; }
    public Gender getGender() { return gender; }

    /** For the audit trail: "Organization — Name (GENDER)". */
    @Override
    public String toString() {
        return actor.getName() + (attendeeName == null ? "" : " — " + attendeeName) + (gender == null ? "" : " (" + gender + ")");
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Attendance a && id != null && id.equals(a.id);
    }

    @Override
    public int hashCode() {
        return Attendance.class.hashCode();
    }
}
