package org.cocrea.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cocrea.account.Account;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorKind;
import org.cocrea.attachment.Attachment;
import org.cocrea.attachment.AttachmentOwner;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentComment;
import org.cocrea.commitment.CommitmentVersion;
import org.cocrea.demo.DemoSpec.AgreementSpec;
import org.cocrea.demo.DemoSpec.AttendeeSpec;
import org.cocrea.demo.DemoSpec.CoCreationSpec;
import org.cocrea.demo.DemoSpec.FileSpec;
import org.cocrea.demo.DemoSpec.MaterialSpec;
import org.cocrea.demo.DemoSpec.MoreActorSpec;
import org.cocrea.demo.DemoSpec.PrioritySpec;
import org.cocrea.demo.DemoSpec.WorkSessionSpec;
import org.cocrea.demo.DemoSpec.StateSpec;
import org.cocrea.file.CheckedUpload;
import org.cocrea.file.FileContent;
import org.cocrea.file.StoredFile;
import org.cocrea.file.Upload;
import org.cocrea.plan.ActionPlan;
import org.cocrea.priority.Priority;
import org.cocrea.priority.PriorityScore;
import org.cocrea.worksession.Agreement;
import org.cocrea.worksession.WorkSessionMode;
import org.cocrea.worksession.WorkSession;
import org.cocrea.state.State;
import org.cocrea.toolbox.ToolboxMaterial;

/**
 * The road that led to each demo plan (phases 1 to 3), as the content's {@code coCreation} tells
 * it ({@link CoCreationSpec}): prioritized problems with their scores and evidence, the sessions
 * with attendance and agreements, the drafting of the first commitment, and the toolbox. Sonora,
 * Veracruz and Zacatecas had in-person support; Chihuahua and Durango remote support, as in Follow
 * the Money, so their sessions are remote.
 */
final class DemoCoCreation {

    private final DemoBuilder.Sink sink;
    private final Clock clock;
    private final CoCreationSpec content;
    /** Today in the state being built (set by {@link DemoBuilder} for each state). */
    LocalDate today;
    int priorities;
    int sessions;
    int agreements;
    int materials;
    /** The shared materials, in the order made: the states' toolbox uses pick from them. */
    final List<ToolboxMaterial> shared = new ArrayList<>();
    int actorsAdded;

    DemoCoCreation(DemoBuilder.Sink sink, Clock clock, CoCreationSpec content) {
        this.sink = sink;
        this.clock = clock;
        this.content = content;
    }

    /** The objective of the first draft of each plan's first commitment, before the institute asked for changes. */
    String firstDraftObjective() {
        return content.draftingStory().firstObjective();
    }

    /**
     * The actor map: contact details (invented) for the organizations, the secretariat's members
     * with the information institute as lead ally, and the actors that take part without a
     * commitment yet: the state congress, a business chamber and a citizen.
     */
    void actorMap(StateSpec spec, State state, Map<String, Actor> actors) {
        String slug = slug(state);
        int n = 0;
        for (Map.Entry<String, Actor> entry : new TreeMap<>(actors).entrySet()) {
            Actor actor = entry.getValue();
            actor.setContactName(spec.attendees.get(n % 7).name());
            actor.setEmail("contacto." + entry.getKey() + "@" + slug + ".ejemplo.mx");
            actor.setPhone("55 5" + (100 + n) + " " + (1000 + 37 * n));
            actor.setSecretariatRole(content.secretariatRoles().get(entry.getKey()));
            actor.checkRules();
            n++;
        }
        for (MoreActorSpec more : content.moreActors()) {
            String name = more.attendee() == null ? text(more.name(), state)
                    : text(more.name(), state, "attendee", spec.attendees.get(more.attendee()).name());
            extraActor(state, actors, more, name);
        }
    }

    private void extraActor(State state, Map<String, Actor> actors, MoreActorSpec spec, String name) {
        Actor actor = new Actor(state, name, spec.type());
        actor.setKind(spec.kind());
        actor.setGender(spec.gender());
        if (spec.kind() == ActorKind.ORGANIZATION) {
            actor.setEmail("contacto." + spec.key() + "@" + slug(state) + ".ejemplo.mx");
            actor.setWebsite("https://www." + spec.key() + "-" + slug(state) + ".ejemplo.mx");
        }
        actor.checkRules();
        sink.persist(actor);
        sink.audit("CREATE", actor, null);
        actors.put(spec.key(), actor);
        actorsAdded++;
    }

    void priorities(StateSpec state, ActionPlan plan, List<Commitment> commitments, List<String> problems,
                    Map<String, Actor> actors, Map<String, Account> people) {
        Account secretariat = people.get(DemoStates.SECRETARIADO);
        Account institute = people.get(DemoStates.INSTITUTO);
        boolean first = true;
        for (PrioritySpec spec : state.priorities) {
            String description = spec.description() != null ? spec.description() : problems.get(spec.commitment());
            Priority priority = new Priority(plan, spec.title(), description);
            priority.proposedBy(actors.get(spec.proposerKey()));
            if (spec.commitment() >= 0) {
                priority.link(commitments.get(spec.commitment()));
            }
            sink.persist(priority);
            sink.audit("CREATE", priority, null);
            score(priority, secretariat, spec.scores()[0]);
            score(priority, institute, spec.scores()[1]);
            attach(AttachmentOwner.PRIORITY, priority.getId(), plan.getState(), content.priorityLink(), null, secretariat);
            if (first) {
                FileSpec diagnosis = content.diagnosis();
                attach(AttachmentOwner.PRIORITY, priority.getId(), plan.getState(), null,
                        new Upload(text(diagnosis.fileName(), plan.getState()),
                                DemoFiles.pdf(text(diagnosis.title(), plan.getState(), "priority", spec.title()),
                                        DemoFiles.wrap(description, 80))),
                        secretariat);
                first = false;
            }
            priorities++;
        }
    }

    private void score(Priority priority, Account member, int value) {
        PriorityScore score = new PriorityScore(priority, member, value, clock.instant());
        sink.persist(score);
        sink.audit("SCORE", score, null);
    }

    /**
     * The sessions before the cycle (a training, then co-creation: from problems to commitments,
     * then milestones and owners), with their attendance, material, commitments and agreements.
     */
    void sessions(StateSpec spec, ActionPlan plan, List<Commitment> commitments, Map<String, Actor> actors,
                  Map<String, Account> people) {
        Account secretariat = people.get(DemoStates.SECRETARIADO);
        for (WorkSessionSpec s : content.sessions()) {
            WorkSession session = session(plan, s, spec.remoteSupport);
            attend(session, actors, spec.attendees.subList(0, s.attendees()));
            attend(session, actors, s.alsoAttending());
            if (s.material() != null) {
                attach(AttachmentOwner.SESSION, session.getId(), plan.getState(), null,
                        new Upload(text(s.material().fileName(), plan.getState()),
                                DemoFiles.pdf(text(s.material().title(), plan.getState()), s.material().lines())),
                        secretariat);
            }
            s.commitments().forEach(index -> session.link(commitments.get(index)));
            for (AgreementSpec a : s.agreements()) {
                agreement(session, a, actors, plan, commitments, secretariat);
            }
        }
    }

    private WorkSession session(ActionPlan plan, WorkSessionSpec spec, boolean remote) {
        State state = plan.getState();
        LocalDate day = spec.heldOn().in(plan.getCycleStart(), today);
        WorkSession session = new WorkSession(plan, spec.kind(), remote ? WorkSessionMode.REMOTE : WorkSessionMode.IN_PERSON,
                text(spec.title(), state), day,
                remote ? text(content.meetingLink(), state, "day", day.toString()) : text(content.place(), state));
        session.setStartTime(LocalTime.of(10, 0));
        session.setAgenda(String.join("\n", spec.agenda()));
        session.setTopics(text(spec.topics(), state));
        session.setMinutes(text(spec.minutes(), state));
        sink.persist(session);
        sink.audit("CREATE", session, null);
        sessions++;
        return session;
    }

    private void attend(WorkSession session, Map<String, Actor> actors, List<AttendeeSpec> attendees) {
        for (AttendeeSpec a : attendees) {
            Actor actor = actors.get(a.actorKey());
            if (actor != null) {
                session.addAttendance(actor, a.name(), a.gender());
            }
        }
    }

    private void agreement(WorkSession session, AgreementSpec spec, Map<String, Actor> actors, ActionPlan plan,
                           List<Commitment> commitments, Account secretariat) {
        LocalDate due = spec.due().in(plan.getCycleStart(), today);
        Agreement agreement = new Agreement(session, text(spec.text(), plan.getState()), actors.get(spec.ownerKey()), due,
                spec.commitment() == null ? null : commitments.get(spec.commitment()));
        if (spec.done()) {
            agreement.markDone(spec.note(), secretariat.getUsername(), due.minusDays(2));
        }
        sink.persist(agreement);
        sink.audit("CREATE", agreement, null);
        agreements++;
    }

    /**
     * Version 1 goes to review; the information institute asks for a measurable objective; the
     * secretariat writes version 2 and answers. Submission and approval of version 2 follow.
     */
    void draftingStory(Commitment c, String finalObjective, Account institute, Account secretariat) {
        var before = c.auditSnapshot();
        c.submitForReview();
        sink.audit("SUBMIT", c, before);
        before = c.auditSnapshot();
        CommitmentComment request = c.requestChanges(institute, content.draftingStory().request());
        sink.persist(request);
        sink.audit("REQUEST_CHANGES", c, before);
        Commitment edited = Commitment.blank();
        edited.takeTemplateFrom(c);
        edited.getTemplate().setObjective(finalObjective);
        before = c.auditSnapshot();
        CommitmentVersion second = c.revise(edited, c.getLeadInstitution(), c.getCoResponsibles(), secretariat.getUsername());
        sink.persist(second);
        sink.audit("UPDATE", c, before);
        CommitmentComment answer = CommitmentComment.on(c, request, secretariat, content.draftingStory().answer(), "body");
        sink.persist(answer);
        sink.audit("COMMENT", answer, null);
    }

    /** The shared library every state sees, and one material of the state's own. */
    void sharedToolbox(Account admin) {
        for (MaterialSpec m : DemoStates.sharedToolbox()) {
            shared.add(material(null, admin, m));
        }
    }

    void stateToolbox(State state, Account secretariat) {
        MaterialSpec m = content.stateToolbox();
        material(state, secretariat, new MaterialSpec(text(m.title(), state), m.phase(), m.language(), m.kind(),
                text(m.description(), state), text(m.fileName(), state)));
    }

    private ToolboxMaterial material(State state, Account by, MaterialSpec spec) {
        ToolboxMaterial material = ToolboxMaterial.blank();
        material.setTitle(spec.title());
        material.setDescription(spec.description());
        material.setPhase(spec.phase());
        material.setLanguage(spec.language());
        material.setKind(spec.kind());
        material.placeIn(state, by);
        sink.persist(material);
        sink.audit("CREATE", material, null);
        attach(AttachmentOwner.TOOLBOX, material.getId(), state, null,
                new Upload(spec.fileName(), DemoFiles.pdf(spec.title(), DemoFiles.wrap(spec.description(), 80))), by);
        materials++;
        return material;
    }

    /** A link (given {@code url}) or a checked file attached to a record, audited as the attachment store does it. */
    Attachment attach(AttachmentOwner owner, long ownerId, State state, String url, Upload file, Account by) {
        Long stateId = state == null ? null : state.getId();
        if (url != null) {
            Attachment link = new Attachment(owner, ownerId, stateId, StoredFile.link(url, by));
            sink.persist(link);
            sink.audit("ATTACH", link, null);
            return link;
        } else {
            CheckedUpload checked = sink.check(file);
            FileContent content = new FileContent(checked.bytes());
            sink.persist(content);
            Attachment attachment = new Attachment(owner, ownerId, stateId, StoredFile.file(checked, content, by));
            sink.persist(attachment);
            sink.audit("ATTACH", attachment, null);
            return attachment;
        }
    }

    /** A text of the content for this state: its name for {state}, its code in lower case for {code}, and more. */
    private static String text(String template, State state, String... more) {
        String text = DemoSpec.fill(template, "state", state.getName(), "code", slug(state));
        return DemoSpec.fill(text, more);
    }

    private static String slug(State state) {
        return state.getCode().toLowerCase(Locale.ROOT);
    }
}
