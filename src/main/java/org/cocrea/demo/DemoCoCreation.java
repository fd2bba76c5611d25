package org.cocrea.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.cocrea.account.Account;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorKind;
import org.cocrea.actor.ActorType;
import org.cocrea.actor.SecretariatRole;
import org.cocrea.actor.Gender;
import org.cocrea.attachment.Attachment;
import org.cocrea.attachment.AttachmentOwner;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentComment;
import org.cocrea.commitment.CommitmentVersion;
import org.cocrea.demo.DemoSpec.AttendeeSpec;
import org.cocrea.demo.DemoSpec.MaterialSpec;
import org.cocrea.demo.DemoSpec.PrioritySpec;
import org.cocrea.demo.DemoSpec.StateSpec;
import org.cocrea.file.CheckedUpload;
import org.cocrea.file.FileContent;
import org.cocrea.file.StoredFile;
import org.cocrea.file.Upload;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.Phase;
import org.cocrea.priority.Priority;
import org.cocrea.priority.PriorityScore;
import org.cocrea.worksession.Agreement;
import org.cocrea.worksession.WorkSessionKind;
import org.cocrea.worksession.WorkSessionMode;
import org.cocrea.worksession.WorkSession;
import org.cocrea.state.State;
import org.cocrea.toolbox.MaterialKind;
import org.cocrea.toolbox.MaterialLanguage;
import org.cocrea.toolbox.ToolboxMaterial;

/**
 * The road that led to each demo plan (phases 1 to 3): prioritized problems with their scores
 * and evidence, a training session and two co-creation sessions with attendance and agreements,
 * and the toolbox. Sonora, Veracruz and Zacatecas had in-person support; Chihuahua and Durango
 * remote support, as in Follow the Money, so their sessions are remote.
 */
final class DemoCoCreation {

    private static final String PNT = "https://www.plataformadetransparencia.org.mx/";

    /** The objective of the first draft of each plan's first commitment, before the institute asked for changes. */
    static final String FIRST_DRAFT_OBJECTIVE = "Transparentar el gasto del programa.";

    private final DemoBuilder.Sink sink;
    private final Clock clock;
    /** Today in the state being built (set by {@link DemoBuilder} for each state). */
    LocalDate today;
    int priorities;
    int sessions;
    int agreements;
    int materials;
    int actorsAdded;

    DemoCoCreation(DemoBuilder.Sink sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
    }

    /**
     * The actor map: contact details (invented) for the organizations, the secretariat's members
     * with the information institute as lead ally, and the actors that take part without a
     * commitment yet: the state congress, a business chamber and a citizen.
     */
    void actorMap(StateSpec spec, State state, Map<String, Actor> actors) {
        String slug = state.getCode().toLowerCase(java.util.Locale.ROOT);
        int n = 0;
        for (Map.Entry<String, Actor> entry : new java.util.TreeMap<>(actors).entrySet()) {
            Actor actor = entry.getValue();
            actor.setContactName(spec.attendees.get(n % 7).name());
            actor.setEmail("contacto." + entry.getKey() + "@" + slug + ".ejemplo.mx");
            actor.setPhone("55 5" + (100 + n) + " " + (1000 + 37 * n));
            actor.setSecretariatRole(switch (entry.getKey()) {
                case "instituto" -> SecretariatRole.LEAD_ALLY;
                case "contraloria", "osc1" -> SecretariatRole.MEMBER;
                default -> null;
            });
            actor.checkRules();
            n++;
        }
        extraActor(state, actors, "congreso", ActorType.LEGISLATURE, "Congreso del Estado de " + state.getName(),
                ActorKind.ORGANIZATION, null);
        extraActor(state, actors, "camara", ActorType.PRIVATE_SECTOR,
                "Cámara Nacional de Comercio, delegación " + state.getName(), ActorKind.ORGANIZATION, null);
        extraActor(state, actors, "ciudadana", ActorType.CITIZEN, spec.attendees.get(4).name() + " (contralora social)",
                ActorKind.PERSON, Gender.WOMAN);
    }

    private void extraActor(State state, Map<String, Actor> actors, String key, ActorType type, String name,
                            ActorKind kind, Gender gender) {
        Actor actor = new Actor(state, name, type);
        actor.setKind(kind);
        actor.setGender(gender);
        if (kind == ActorKind.ORGANIZATION) {
            actor.setEmail("contacto." + key + "@" + state.getCode().toLowerCase(java.util.Locale.ROOT) + ".ejemplo.mx");
            actor.setWebsite("https://www." + key + "-" + state.getCode().toLowerCase(java.util.Locale.ROOT) + ".ejemplo.mx");
        }
        actor.checkRules();
        sink.persist(actor);
        sink.audit("CREATE", actor, null);
        actors.put(key, actor);
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
            attach(AttachmentOwner.PRIORITY, priority.getId(), plan.getState(), PNT, null, secretariat);
            if (first) {
                attach(AttachmentOwner.PRIORITY, priority.getId(), plan.getState(), null,
                        new Upload("diagnostico-" + state.code.toLowerCase(java.util.Locale.ROOT) + ".pdf",
                                DemoFiles.pdf("Diagnóstico participativo: " + spec.title(), DemoFiles.wrap(description, 80))),
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
     * A training four months before the cycle, and two co-creation sessions: one to turn problems
     * into commitments, one for milestones and owners. Their agreements are done, open and overdue.
     */
    void sessions(StateSpec spec, ActionPlan plan, List<Commitment> commitments, Map<String, Actor> actors,
                  Map<String, Account> people) {
        boolean remote = spec.remoteSupport;
        String state = plan.getState().getName();
        LocalDate start = plan.getCycleStart();
        Account secretariat = people.get(DemoStates.SECRETARIADO);

        WorkSession training = session(plan, WorkSessionKind.TRAINING, remote, start.minusMonths(4),
                "Taller: gobierno abierto y el seguimiento del dinero público en " + state,
                "1. Bases normativas del gobierno abierto\n2. El ciclo presupuestario y sus datos\n3. Búsqueda del tesoro: ¿dónde está el gasto?",
                "Gobierno abierto; presupuesto; datos abiertos; búsquedas del tesoro",
                "Se presentaron las bases del gobierno abierto y el ciclo presupuestario. Los equipos hicieron una búsqueda "
                        + "del tesoro con el presupuesto estatal: tres de cinco preguntas se respondieron con información pública.");
        attend(training, actors, spec.attendees);
        attach(AttachmentOwner.SESSION, training.getId(), plan.getState(), null,
                new Upload("presentacion-taller.pdf", DemoFiles.pdf("Taller de gobierno abierto — " + state,
                        List.of("Bases normativas, metodológicas y prácticas.", "Seguir el dinero: del presupuesto aprobado al ejercido."))),
                secretariat);

        WorkSession first = session(plan, WorkSessionKind.CO_CREATION, remote, start.minusMonths(2).minusDays(10),
                "Mesa de cocreación 1: de los problemas priorizados a los compromisos",
                "1. Revisión de la priorización\n2. Árbol de problemas por prioridad\n3. Primeros borradores",
                "Priorización; árbol de problemas; redacción de compromisos",
                "Se revisó la priorización del secretariado y se trabajaron árboles de problemas para las prioridades mejor "
                        + "puntuadas. Cada equipo redactó un primer borrador de compromiso.");
        attend(first, actors, spec.attendees.subList(0, 6));
        first.link(commitments.get(0));
        if (commitments.size() > 1) {
            first.link(commitments.get(1));
        }
        agreement(first, "Enviar al secretariado los montos aprobados, modificados y ejercidos del programa presupuestario",
                actors.get("hacienda"), start.minusMonths(2), commitments.get(0), secretariat, "Se recibieron en CSV.");
        agreement(first, "Redactar el borrador del compromiso con la plantilla del secretariado",
                actors.get("osc1"), start.minusMonths(2).plusDays(5), commitments.get(0), secretariat, null);

        WorkSession second = session(plan, WorkSessionKind.CO_CREATION, remote, start.minusMonths(1).minusDays(5),
                "Mesa de cocreación 2: hitos, responsables y medios de verificación",
                "1. Hitos y fechas\n2. Responsables de gobierno y sociedad civil\n3. Medios de verificación",
                "Hitos; responsables; evidencia",
                "Se acordaron los hitos de cada compromiso, sus responsables y los medios de verificación que se publicarán.");
        attend(second, actors, spec.attendees);
        second.addAttendance(actors.get("ciudadana"), null, Gender.WOMAN);
        second.addAttendance(actors.get("congreso"), null, null);
        second.link(commitments.get(0));
        agreement(second, "Publicar la minuta de las mesas de cocreación en el portal de transparencia",
                actors.get("instituto"), today.minusDays(12), null, null, null);
        agreement(second, "Revisar con la contraloría los medios de verificación de cada hito",
                actors.get("contraloria"), today.plusDays(20), commitments.get(0), null, null);
    }

    private WorkSession session(ActionPlan plan, WorkSessionKind kind, boolean remote, LocalDate day, String title,
                                String agenda, String topics, String minutes) {
        WorkSession session = new WorkSession(plan, kind, remote ? WorkSessionMode.REMOTE : WorkSessionMode.IN_PERSON, title, day,
                remote ? "https://meet.jit.si/cocrea-" + plan.getState().getCode().toLowerCase(java.util.Locale.ROOT) + "-" + day
                        : "Sala de usos múltiples del órgano garante, " + plan.getState().getName());
        session.setStartTime(LocalTime.of(10, 0));
        session.setAgenda(agenda);
        session.setTopics(topics);
        session.setMinutes(minutes);
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

    private void agreement(WorkSession session, String text, Actor owner, LocalDate due, Commitment commitment,
                           Account doneBy, String note) {
        Agreement agreement = new Agreement(session, text, owner, due, commitment);
        if (doneBy != null) {
            agreement.markDone(note, doneBy.getUsername(), due.minusDays(2));
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
        CommitmentComment request = c.requestChanges(institute,
                "El objetivo es demasiado general: digan qué se publicará, con qué periodicidad y en qué formato, "
                        + "para que se pueda verificar.");
        sink.persist(request);
        sink.audit("REQUEST_CHANGES", c, before);
        Commitment edited = Commitment.blank();
        edited.takeTemplateFrom(c);
        edited.getTemplate().setObjective(finalObjective);
        before = c.auditSnapshot();
        CommitmentVersion second = c.revise(edited, c.getLeadInstitution(), c.getCoResponsibles(), secretariat.getUsername());
        sink.persist(second);
        sink.audit("UPDATE", c, before);
        CommitmentComment answer = CommitmentComment.on(c, request, secretariat,
                "Listo en la versión 2: el objetivo dice qué se publica, cada cuándo y en datos abiertos.", "body");
        sink.persist(answer);
        sink.audit("COMMENT", answer, null);
    }

    /** The shared library every state sees, and one material of the state's own. */
    void sharedToolbox(Account admin) {
        for (MaterialSpec m : DemoStates.sharedToolbox()) {
            material(null, admin, m.title(), m.phase(), m.language(), m.kind(), m.description(), m.fileName());
        }
    }

    void stateToolbox(State state, Account secretariat) {
        material(state, secretariat, "Minuta tipo de las mesas de cocreación de " + state.getName(), Phase.CO_CREATION,
                MaterialLanguage.ES, MaterialKind.TEMPLATE, "El formato de minuta que usa el secretariado del estado.",
                "minuta-tipo-" + state.getCode().toLowerCase(java.util.Locale.ROOT) + ".pdf");
    }

    private void material(State state, Account by, String title, Phase phase, MaterialLanguage language, MaterialKind kind,
                          String description, String fileName) {
        ToolboxMaterial material = ToolboxMaterial.blank();
        material.setTitle(title);
        material.setDescription(description);
        material.setPhase(phase);
        material.setLanguage(language);
        material.setKind(kind);
        material.placeIn(state, by);
        sink.persist(material);
        sink.audit("CREATE", material, null);
        attach(AttachmentOwner.TOOLBOX, material.getId(), state, null,
                new Upload(fileName, DemoFiles.pdf(title, DemoFiles.wrap(description, 80))), by);
        materials++;
    }

    private void attach(AttachmentOwner owner, long ownerId, State state, String url, Upload file, Account by) {
        Long stateId = state == null ? null : state.getId();
        if (url != null) {
            Attachment link = new Attachment(owner, ownerId, stateId, StoredFile.link(url, by));
            sink.persist(link);
            sink.audit("ATTACH", link, null);
        } else {
            CheckedUpload checked = sink.check(file);
            FileContent content = new FileContent(checked.bytes());
            sink.persist(content);
            Attachment attachment = new Attachment(owner, ownerId, stateId, StoredFile.file(checked, content, by));
            sink.persist(attachment);
            sink.audit("ATTACH", attachment, null);
        }
    }
}
