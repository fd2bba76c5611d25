package org.cocrea.social;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.cocrea.actor.Actor;
import org.cocrea.shared.Texts;
import org.cocrea.shared.persistence.Recorded;

/** A person in a vigilance group, optionally linked to an actor; the contact details are read by the state's secretariat only. */
@Entity
@Table(name = "vigilance_member")
public class GroupMember extends Recorded {

    private static final long serialVersionUID = 1L;
    static final int NAME = 200;
    static final int CONTACT = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false, updatable = false)
    private VigilanceGroup group;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private Actor actor;

    private String contact;

    protected GroupMember() {
    }

    GroupMember(VigilanceGroup group, String fullName, Actor actor, String contact) {
        this.group = group;
        this.fullName = Texts.required(fullName, "fullName", NAME, "vigilance.member.name.required", "social.text.tooLong");
        this.actor = actor;
        this.contact = Texts.optional(contact, "contact", CONTACT, "social.text.tooLong");
    }

    public Long getId() { return id; }
    public String getFullName() { return fullName; }
    public Actor getActor() { return actor; }
    public String getContact() { return contact; }
}
