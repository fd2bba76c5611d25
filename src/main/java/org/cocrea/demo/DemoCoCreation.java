package org.cocrea.demo;

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
import org.cocrea.attachment.AttachmentContent;
import org.cocrea.attachment.AttachmentOwner;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentComment;
import org.cocrea.commitment.CommitmentVersion;
import org.cocrea.evidence.CheckedUpload;
import org.cocrea.evidence.Upload;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.Phase;
import org.cocrea.priority.Priority;
import org.cocrea.priority.PriorityScore;
import org.cocrea.session.Agreement;
import org.cocrea.session.SessionKind;
import org.cocrea.session.SessionMode;
import org.cocrea.session.WorkSession;
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

    /** A local problem: its title, who proposed it, and the commitment (by position in the plan) it became, or -1. */
    record PrioritySpec(String title, String description, String proposerKey, int commitment, int[] scores) {
    }

    /** Who came to the sessions, per state: actor key, person's name (invented) and gender. */
    private record Attendee(String actorKey, String name, Gender gender) {
    }

    /** The objective of the first draft of each plan's first commitment, before the institute asked for changes. */
    static final String FIRST_DRAFT_OBJECTIVE = "Transparentar el gasto del programa.";

    private final DemoBuilder.Sink sink;
    private final LocalDate today;
    int priorities;
    int sessions;
    int agreements;
    int materials;
    int actorsAdded;

    DemoCoCreation(DemoBuilder.Sink sink, LocalDate today) {
        this.sink = sink;
        this.today = today;
    }

    /** The priorities of a state's plan: the problems its commitments came from, and one not taken up (yet). */
    static List<PrioritySpec> prioritiesOf(String stateCode) {
        return switch (stateCode) {
            case "SON" -> List.of(
                    new PrioritySpec("Desabasto de medicamentos sin información pública del gasto", null, "osc1", 0, new int[] {5, 5}),
                    new PrioritySpec("Obras en escuelas sin seguimiento ciudadano", null, "osc2", 1, new int[] {4, 5}),
                    new PrioritySpec("Compras públicas poco competitivas y difíciles de consultar", null, "osc3", 2, new int[] {4, 4}),
                    new PrioritySpec("Los municipios no saben cuánto reciben ni cuándo", null, "academia", 3, new int[] {3, 4}),
                    new PrioritySpec("Apoyos al campo con un padrón de beneficiarios incompleto",
                            "Productores del sur del estado reportan que el padrón de apoyos al campo no se publica completo ni se "
                                    + "actualiza; no es posible saber quién recibió qué ni con qué criterios.", "osc1", -1, new int[] {3, 2}));
            case "VER" -> List.of(
                    new PrioritySpec("Nómina educativa sin datos abiertos por plantel", null, "osc1", 0, new int[] {5, 4}),
                    new PrioritySpec("Inversión en agua potable sin trazabilidad", null, "osc2", 1, new int[] {5, 5}),
                    new PrioritySpec("Gasto de emergencia por lluvias sin rendición de cuentas", null, "osc3", 2, new int[] {4, 3}),
                    new PrioritySpec("Padrón de becas de transporte desconocido", null, "academia", 3, new int[] {3, 3}),
                    new PrioritySpec("Quejas en hospitales sin respuesta ni seguimiento",
                            "Las quejas presentadas en hospitales estatales no tienen folio público ni plazos de respuesta conocidos.",
                            "osc3", -1, new int[] {2, 3}));
            case "ZAC" -> List.of(
                    new PrioritySpec("Falta de medicamentos en centros de salud rurales", null, "osc1", 0, new int[] {5, 5}),
                    new PrioritySpec("Caminos rurales pagados y no terminados", null, "osc2", 1, new int[] {4, 4}),
                    new PrioritySpec("Becas estatales sin padrón público", null, "academia", 2, new int[] {4, 3}),
                    new PrioritySpec("Deuda pública estatal difícil de entender", null, "academia", 3, new int[] {3, 3}),
                    new PrioritySpec("Programa 3x1 para migrantes sin seguimiento de obras",
                            "Las obras cofinanciadas con clubes de migrantes no tienen un registro público de avance ni de gasto.",
                            "osc2", -1, new int[] {2, 2}));
            case "CHIH" -> List.of(
                    new PrioritySpec("Plazas docentes vacantes en escuelas de la Sierra Tarahumara", null, "osc1", 0, new int[] {5, 5}),
                    new PrioritySpec("Fondos de seguridad pública sin resultados visibles", null, "osc2", 1, new int[] {4, 3}),
                    new PrioritySpec("Muertes maternas en municipios serranos", null, "academia", 2, new int[] {5, 4}),
                    new PrioritySpec("Información pública que no llega en lenguas originarias",
                            "Las comunidades rarámuri y ódami no reciben información presupuestaria en su lengua ni por radio comunitaria.",
                            "osc1", -1, new int[] {3, 4}));
            case "DGO" -> List.of(
                    new PrioritySpec("Cobertura de vacunación desigual entre municipios", null, "osc1", 0, new int[] {4, 5}),
                    new PrioritySpec("Apoyos a personas adultas mayores con padrón dudoso", null, "osc3", 1, new int[] {5, 5}),
                    new PrioritySpec("Transferencias a municipios sin información abierta", null, "osc2", 2, new int[] {3, 4}),
                    new PrioritySpec("Concesiones de agua para riego sin transparencia",
                            "No se publica quién tiene concesiones de agua para riego en el Valle del Guadiana ni cuánto paga por ellas.",
                            "academia", -1, new int[] {2, 3}));
            default -> List.of();
        };
    }

    private static List<Attendee> attendeesOf(String stateCode) {
        return switch (stateCode) {
            case "SON" -> people("María Fernanda Valenzuela", "Jesús Alberto Moreno", "Ana Lucía Robles", "Luis Enrique Durazo",
                    "Guadalupe Ibarra", "Carlos Ramírez Félix", "Rosa Elena Gámez");
            case "VER" -> people("Itzel Hernández Lara", "Jorge Luis Cházaro", "Mariana Utrera", "Rodrigo Landa",
                    "Beatriz Contreras", "Héctor Mendoza Ruiz", "Paola Sosa");
            case "ZAC" -> people("Laura Elena Delgado", "Juan Manuel Esparza", "Claudia Félix", "Ricardo Márquez",
                    "Verónica Ávila", "Sergio de la Torre", "Martha Rodarte");
            case "CHIH" -> people("Alejandra Holguín", "Ramón Loya", "Yolanda Bustillos", "Fernando Chávez",
                    "Teresa Cruz Palma", "Miguel Ángel Terrazas", "Noemí Batista");
            default -> people("Sofía Reyes Soto", "Arturo Gurrola", "Patricia Meraz", "Daniel Herrera",
                    "Irma Castañeda", "Óscar Rentería", "Lucía Salas");
        };
    }

    /** Seven people, alternating women and men, from the government, the institute, CSOs and academia. */
    private static List<Attendee> people(String w1, String m1, String w2, String m2, String w3, String m3, String w4) {
        return List.of(new Attendee("osc1", w1, Gender.WOMAN), new Attendee("hacienda", m1, Gender.MAN),
                new Attendee("instituto", w2, Gender.WOMAN), new Attendee("contraloria", m2, Gender.MAN),
                new Attendee("osc2", w3, Gender.WOMAN), new Attendee("academia", m3, Gender.MAN),
                new Attendee("salud", w4, null));
    }

    /**
     * The actor map: contact details (invented) for the organizations, the secretariat's members
     * with the information institute as lead ally, and the actors that take part without a
     * commitment yet: the state congress, a business chamber and a citizen.
     */
    void actorMap(State state, Map<String, Actor> actors) {
        String slug = state.getCode().toLowerCase(java.util.Locale.ROOT);
        int n = 0;
        for (Map.Entry<String, Actor> entry : new java.util.TreeMap<>(actors).entrySet()) {
            Actor actor = entry.getValue();
            actor.setContactName(attendeesOf(state.getCode()).get(n % 7).name());
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
        extraActor(state, actors, "ciudadana", ActorType.CITIZEN, attendeesOf(state.getCode()).get(4).name() + " (contralora social)",
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

    void priorities(String stateCode, ActionPlan plan, List<Commitment> commitments, List<String> problems,
                    Map<String, Actor> actors, Map<String, Account> people) {
        Account secretariat = people.get(DemoStates.SECRETARIADO);
        Account institute = people.get(DemoStates.INSTITUTO);
        boolean first = true;
        for (PrioritySpec spec : prioritiesOf(stateCode)) {
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
                        new Upload("diagnostico-" + stateCode.toLowerCase(java.util.Locale.ROOT) + ".pdf",
                                DemoFiles.pdf("Diagnóstico participativo: " + spec.title(), DemoFiles.wrap(description, 80))),
                        secretariat);
                first = false;
            }
            priorities++;
        }
    }

    private void score(Priority priority, Account member, int value) {
        PriorityScore score = new PriorityScore(priority, member, value);
        sink.persist(score);
        sink.audit("SCORE", score, null);
    }

    /**
     * A training four months before the cycle, and two co-creation sessions: one to turn problems
     * into commitments, one for milestones and owners. Their agreements are done, open and overdue.
     */
    void sessions(String stateCode, ActionPlan plan, List<Commitment> commitments, Map<String, Actor> actors,
                  Map<String, Account> people) {
        boolean remote = stateCode.equals("CHIH") || stateCode.equals("DGO");
        String state = plan.getState().getName();
        LocalDate start = plan.getCycleStart();
        Account secretariat = people.get(DemoStates.SECRETARIADO);

        WorkSession training = session(plan, SessionKind.TRAINING, remote, start.minusMonths(4),
                "Taller: gobierno abierto y el seguimiento del dinero público en " + state,
                "1. Bases normativas del gobierno abierto\n2. El ciclo presupuestario y sus datos\n3. Búsqueda del tesoro: ¿dónde está el gasto?",
                "Gobierno abierto; presupuesto; datos abiertos; búsquedas del tesoro",
                "Se presentaron las bases del gobierno abierto y el ciclo presupuestario. Los equipos hicieron una búsqueda "
                        + "del tesoro con el presupuesto estatal: tres de cinco preguntas se respondieron con información pública.");
        attend(training, actors, attendeesOf(stateCode));
        attach(AttachmentOwner.SESSION, training.getId(), plan.getState(), null,
                new Upload("presentacion-taller.pdf", DemoFiles.pdf("Taller de gobierno abierto — " + state,
                        List.of("Bases normativas, metodológicas y prácticas.", "Seguir el dinero: del presupuesto aprobado al ejercido."))),
                secretariat);

        WorkSession first = session(plan, SessionKind.CO_CREATION, remote, start.minusMonths(2).minusDays(10),
                "Mesa de cocreación 1: de los problemas priorizados a los compromisos",
                "1. Revisión de la priorización\n2. Árbol de problemas por prioridad\n3. Primeros borradores",
                "Priorización; árbol de problemas; redacción de compromisos",
                "Se revisó la priorización del secretariado y se trabajaron árboles de problemas para las prioridades mejor "
                        + "puntuadas. Cada equipo redactó un primer borrador de compromiso.");
        attend(first, actors, attendeesOf(stateCode).subList(0, 6));
        first.link(commitments.get(0));
        if (commitments.size() > 1) {
            first.link(commitments.get(1));
        }
        agreement(first, "Enviar al secretariado los montos aprobados, modificados y ejercidos del programa presupuestario",
                actors.get("hacienda"), start.minusMonths(2), commitments.get(0), secretariat, "Se recibieron en CSV.");
        agreement(first, "Redactar el borrador del compromiso con la plantilla del secretariado",
                actors.get("osc1"), start.minusMonths(2).plusDays(5), commitments.get(0), secretariat, null);

        WorkSession second = session(plan, SessionKind.CO_CREATION, remote, start.minusMonths(1).minusDays(5),
                "Mesa de cocreación 2: hitos, responsables y medios de verificación",
                "1. Hitos y fechas\n2. Responsables de gobierno y sociedad civil\n3. Medios de verificación",
                "Hitos; responsables; evidencia",
                "Se acordaron los hitos de cada compromiso, sus responsables y los medios de verificación que se publicarán.");
        attend(second, actors, attendeesOf(stateCode));
        second.addAttendance(actors.get("ciudadana"), null, Gender.WOMAN);
        second.addAttendance(actors.get("congreso"), null, null);
        second.link(commitments.get(0));
        agreement(second, "Publicar la minuta de las mesas de cocreación en el portal de transparencia",
                actors.get("instituto"), today.minusDays(12), null, null, null);
        agreement(second, "Revisar con la contraloría los medios de verificación de cada hito",
                actors.get("contraloria"), today.plusDays(20), commitments.get(0), null, null);
    }

    private WorkSession session(ActionPlan plan, SessionKind kind, boolean remote, LocalDate day, String title,
                                String agenda, String topics, String minutes) {
        WorkSession session = new WorkSession(plan, kind, remote ? SessionMode.REMOTE : SessionMode.IN_PERSON, title, day,
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

    private void attend(WorkSession session, Map<String, Actor> actors, List<Attendee> attendees) {
        for (Attendee a : attendees) {
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
        material(null, admin, "Guía para la cocreación de planes de acción locales", Phase.CO_CREATION, MaterialLanguage.ES,
                MaterialKind.GUIDE, "Pasos, roles y productos de las mesas de cocreación, de la priorización a la publicación.",
                "guia-cocreacion.pdf");
        material(null, admin, "Plantilla de compromiso: problemática, objetivo, hitos y dinero", Phase.CO_CREATION,
                MaterialLanguage.ES, MaterialKind.TEMPLATE, "La plantilla OGP con los campos para seguir el dinero.",
                "plantilla-compromiso.pdf");
        material(null, admin, "Mapeo de actores locales: guía y ejemplo", Phase.IDENTIFICATION, MaterialLanguage.ES,
                MaterialKind.GUIDE, "Cómo identificar gobierno, órgano garante, sociedad civil, academia y sector privado.",
                "mapeo-actores.pdf");
        material(null, admin, "Búsqueda del tesoro: cuaderno de trabajo", Phase.TRAINING, MaterialLanguage.ES,
                MaterialKind.EXAMPLE, "Preguntas, rutas y criterios para calificar la disponibilidad de la información.",
                "busqueda-del-tesoro.pdf");
        material(null, admin, "Follow the Money: adaptive learning in local open government", Phase.TRAINING,
                MaterialLanguage.EN, MaterialKind.GUIDE, "Learning by doing: local politics, data and evidence, problem solving.",
                "adaptive-learning.pdf");
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
            Attachment link = Attachment.link(owner, ownerId, stateId, url, by);
            sink.persist(link);
            sink.audit("ATTACH", link, null);
        } else {
            CheckedUpload checked = sink.check(file);
            Attachment attachment = Attachment.file(owner, ownerId, stateId, checked, by);
            sink.persist(attachment);
            sink.persist(new AttachmentContent(attachment, checked.bytes()));
            sink.audit("ATTACH", attachment, null);
        }
    }
}
