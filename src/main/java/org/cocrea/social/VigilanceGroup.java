package org.cocrea.social;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.actor.Actor;
import org.cocrea.audit.Auditable;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Texts;
import org.cocrea.shared.persistence.Recorded;

/**
 * A citizen vigilance group (contraloría social) that watches one social program in one place: its
 * members (people, optionally linked to an actor of the state; their contact details are the
 * secretariat's only) and its visits. The secretariat of the program's state records it.
 */
@Entity
@Table(name = "vigilance_group")
public class VigilanceGroup extends Recorded implements Auditable {

    private static final long serialVersionUID = 1L;
    static final int NAME = 300;
    static final int MAX_MEMBERS = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id", nullable = false, updatable = false)
    private SocialProgram program;

    @Column(name = "state_id", nullable = false, updatable = false)
    private Long stateId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String place;

    @Column(name = "constituted_on")
    private LocalDate constitutedOn;

    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("fullName, id")
    private List<GroupMember> members = new ArrayList<>();

    @Version
    private int version;

    protected VigilanceGroup() {
    }

    /** A blank group for a form. */
    public static VigilanceGroup blank() {
        return new VigilanceGroup();
    }

    /** Files a group typed into a form under its program; the constitution day may not be after {@code today}. */
    public void constitute(SocialProgram program, LocalDate today) {
        if (this.program != null) {
            throw new IllegalStateException("group already has a program");
        }
        check(today);
        this.program = program;
        this.stateId = program.getStateId();
    }

    private void check(LocalDate today) {
        name = Texts.required(name, "name", NAME, "vigilance.name.required", "social.text.tooLong");
        place = Texts.required(place, "place", NAME, "vigilance.place.required", "social.text.tooLong");
        if (constitutedOn != null && constitutedOn.isAfter(today)) {
            throw DomainException.onField("constitutedOn", "vigilance.date.future");
        }
    }

    /** A member: a person's name, optionally an actor of the group's state, and contact details (never public). */
    public GroupMember addMember(String fullName, Actor actor, String contact) {
        if (actor != null && !actor.belongsTo(stateId)) {
            throw DomainException.onField("actor", "vigilance.member.actor");
        }
        if (members.size() >= MAX_MEMBERS) {
            throw DomainException.onField("fullName", "vigilance.member.tooMany", MAX_MEMBERS);
        }
        GroupMember member = new GroupMember(this, fullName, actor, contact);
        members.add(member);
        return member;
    }

    void removeMember(long memberId) {
        if (!members.removeIf(m -> m.getId() != null && m.getId() == memberId)) {
            throw DomainException.onField("member", "vigilance.member.unknown");
        }
    }

    /** A visit of the group on {@code visitedOn} (not after {@code today}), at a place, checking something. */
    public GroupVisit visit(LocalDate visitedOn, String place, VisitCheck checked, String notes, LocalDate today, String who) {
        return new GroupVisit(this, visitedOn, place, checked, notes, today, who);
    }

    @Override
    public Long getId() { return id; }
    public SocialProgram getProgram() { return program; }
    public Long getStateId() { return stateId; }
    public String getName() { return name; }
    public void setName(String v) { this.name = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { this.place = v; }
    public LocalDate getConstitutedOn() { return constitutedOn; }
    public void setConstitutedOn(LocalDate v) { this.constitutedOn = v; }
    public List<GroupMember> getMembers() { return members; }
    public int getVersion() { return version; }

    @Override
    public Long auditStateId() {
        return stateId;
    }

    /** What the trail keeps of a group: never a member's contact details. */
    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("program", program == null ? null : program.getName());
        s.put("name", name);
        s.put("place", place);
        s.put("constitutedOn", constitutedOn);
        s.put("members", members.stream().map(GroupMember::getFullName).toList());
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof VigilanceGroup g && id != null && id.equals(g.id);
    }

    @Override
    public int hashCode() {
        return VigilanceGroup.class.hashCode();
    }
}
