package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.cocrea.support.ActingCaller.actAsPublic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.cocrea.audit.AuditEntry;
import org.cocrea.plan.Phase;
import org.cocrea.priority.Priority;
import org.cocrea.priority.PriorityService;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.support.Deployments;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.cocrea.systematization.LearningSource;
import org.cocrea.systematization.Lesson;
import org.cocrea.systematization.LessonLink;
import org.cocrea.systematization.LessonService;
import org.cocrea.systematization.LessonStatus;
import org.cocrea.systematization.LinkKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lessons (issue 9) through the real services: written and linked by the secretariat, proposed by a
 * responsible actor and decided, read by the public only when accepted and public; and every
 * boundary tried from the wrong side (another state, another actor's milestone, the public).
 */
@ExtendWith(ArquillianExtension.class)
class LessonsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private LessonService lessons;
    @Inject private PriorityService priorities;

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    private World here;
    private World there;

    @BeforeEach
    void twoStates() {
        here = scenario.newState();
        there = scenario.newState();
    }

    private Lesson form(World world, LearningSource... sources) {
        Lesson form = Lesson.blank();
        form.setPhase(Phase.FOLLOW_UP);
        form.setTried("Publicar los datos de compras cada mes en formato abierto.");
        form.setHappened("La dependencia publicó dos cortes; el tercero se retrasó por un cambio de titular.");
        form.setChanged("Acordamos una fecha fija de corte y una persona suplente.");
        form.setParticipants("Secretaría de la Contraloría, Observatorio Ciudadano");
        form.setLearnedOn(scenario.today(world).minusDays(3));
        form.setSourceArray(sources);
        return form;
    }

    private String key(LinkKind kind, long id) {
        return new LessonLink(kind, id).key();
    }

    @Test
    void theSecretariatWritesALessonLinkedToRecordsOfItsPlanAndItIsAudited() {
        actAs(here.secretariat());
        Priority priority = Priority.blank();
        priority.setTitle("Abasto de medicamentos");
        priority.setDescription("Faltan medicamentos en las unidades médicas.");
        long priorityId = priorities.create(here.planId(), priority, null).getId();

        Lesson form = form(here, LearningSource.OTHER_CONTEXTS, LearningSource.DATA_AND_EVIDENCE);
        form.setOtherContext("Sonora");
        long id = lessons.create(here.planId(), form, List.of(key(LinkKind.PRIORITY, priorityId),
                key(LinkKind.COMMITMENT, here.commitmentId()), key(LinkKind.MILESTONE, here.milestoneId()))).getId();

        List<Lesson> all = lessons.ofPlan(here.planId());
        assertThat(all).extracting(Lesson::getId).containsExactly(id);
        Lesson lesson = all.get(0);
        assertEquals(LessonStatus.ACCEPTED, lesson.getStatus());
        assertThat(lesson.getSources()).containsExactlyInAnyOrder(LearningSource.OTHER_CONTEXTS, LearningSource.DATA_AND_EVIDENCE);
        assertEquals("Sonora", lesson.getOtherContext());
        assertThat(lessons.targetsOf(here.planId()).of(lesson.getLinks())).extracting(t -> t.title())
                .containsExactly("Abasto de medicamentos", "Transparentar el gasto en medicamentos " + here.code(),
                        "Publicar el primer corte de datos abiertos");

        // an edit drops a link and the other context with its source
        Lesson edited = lessons.forSecretariat(id);
        edited.setSourceArray(new LearningSource[] {LearningSource.PROBLEM_SOLVING});
        lessons.update(edited, List.of(key(LinkKind.COMMITMENT, here.commitmentId())));
        Lesson saved = lessons.forSecretariat(id);
        assertThat(saved.getLinks()).containsExactly(new LessonLink(LinkKind.COMMITMENT, here.commitmentId()));
        assertEquals(null, saved.getOtherContext());

        List<AuditEntry> trail = em.createQuery("select a from AuditEntry a where a.entityType = 'Lesson' and a.entityId = :id "
                + "order by a.id", AuditEntry.class).setParameter("id", id).getResultList();
        assertThat(trail).extracting(AuditEntry::getAction).containsExactly("CREATE", "UPDATE");
    }

    @Test
    void linksOutsideThePlanAndTamperedKeysAreRefusedBesideTheField() {
        actAs(here.secretariat());
        for (String wrong : List.of(key(LinkKind.MILESTONE, there.milestoneId()), key(LinkKind.COMMITMENT, there.commitmentId()),
                "MILESTONE:abc", "NOTHING:1", "12", key(LinkKind.PRIORITY, here.milestoneId() + 1_000_000))) {
            DomainException refusal = assertThrows(DomainException.class,
                    () -> lessons.create(here.planId(), form(here, LearningSource.PROBLEM_SOLVING), List.of(wrong)), wrong);
            assertEquals("links", refusal.field());
            assertEquals("lessons.link.unknown", refusal.messageKey());
        }
        assertThat(lessons.ofPlan(here.planId())).isEmpty();
    }

    @Test
    void aLessonNeedsItsTextsASourceAPastDateAndTheOtherContextItNames() {
        actAs(here.secretariat());
        assertRefused(form(here), "sources", "lessons.sources.required");
        assertRefused(form(here, LearningSource.OTHER_CONTEXTS), "otherContext", "lessons.otherContext.required");
        Lesson future = form(here, LearningSource.LOCAL_POLITICS);
        future.setLearnedOn(scenario.today(here).plusDays(1));
        assertRefused(future, "learnedOn", "lessons.date.future");
        Lesson blank = form(here, LearningSource.LOCAL_POLITICS);
        blank.setHappened("   ");
        assertRefused(blank, "happened", "lessons.text.required");
        Lesson tooLong = form(here, LearningSource.LOCAL_POLITICS);
        tooLong.setTried("x".repeat(Lesson.TEXT + 1));
        assertRefused(tooLong, "tried", "lessons.text.tooLong");
        assertThat(lessons.ofPlan(here.planId())).isEmpty();
    }

    private void assertRefused(Lesson form, String field, String key) {
        DomainException refusal = assertThrows(DomainException.class, () -> lessons.create(here.planId(), form, List.of()));
        assertEquals(field, refusal.field());
        assertEquals(key, refusal.messageKey());
    }

    @Test
    void anotherStateNeitherReadsNorWritesNorDecides() {
        actAs(here.secretariat());
        long id = lessons.create(here.planId(), form(here, LearningSource.PROBLEM_SOLVING), List.of()).getId();
        actAs(there.secretariat());
        assertThrows(AccessDeniedException.class, () -> lessons.ofPlan(here.planId()));
        assertThrows(AccessDeniedException.class, () -> lessons.forSecretariat(id));
        assertThrows(AccessDeniedException.class, () -> lessons.targetsOf(here.planId()));
        assertThrows(AccessDeniedException.class, () -> lessons.create(here.planId(), form(here, LearningSource.PROBLEM_SOLVING), List.of()));
        Lesson edited = form(here, LearningSource.PROBLEM_SOLVING);
        assertThrows(AccessDeniedException.class, () -> lessons.accept(id, true));
        assertThrows(AccessDeniedException.class, () -> lessons.decline(id, "no"));
        actAs(here.csoMember());
        assertThrows(AccessDeniedException.class, () -> lessons.ofPlan(here.planId()));
        assertThrows(AccessDeniedException.class, () -> lessons.forSecretariat(id));
        assertThat(edited.getId()).isNull();
    }

    @Test
    void aResponsibleActorProposesOnItsOwnMilestoneAndTheSecretariatDecides() {
        scenario.publish(here);
        scenario.publish(there);

        // the CSO answers for the milestone; the agency does not; another state's actor even less
        actAs(here.agencyMember());
        assertThrows(NotFoundException.class, () -> lessons.propose(here.milestoneId(), form(here, LearningSource.PROBLEM_SOLVING)));
        actAs(there.csoMember());
        assertThrows(NotFoundException.class, () -> lessons.propose(here.milestoneId(), form(here, LearningSource.PROBLEM_SOLVING)));
        actAs(here.secretariat());
        assertThrows(NotFoundException.class, () -> lessons.propose(here.milestoneId(), form(here, LearningSource.PROBLEM_SOLVING)));

        actAs(here.csoMember());
        Lesson asked = form(here, LearningSource.PROBLEM_SOLVING);
        asked.setVisibleToPublic(true); // a proposal is never public by itself
        long accepted = lessons.propose(here.milestoneId(), asked).getId();
        long declined = lessons.propose(here.milestoneId(), form(here, LearningSource.DATA_AND_EVIDENCE)).getId();
        assertThat(lessons.myProposals()).extracting(Lesson::getId).containsExactly(declined, accepted);
        actAsPublic();
        assertThat(lessons.publicOfPlan(here.planId())).isEmpty();

        actAs(here.secretariat());
        assertThat(lessons.ofPlan(here.planId())).extracting(Lesson::getStatus).containsOnly(LessonStatus.PROPOSED);
        DomainException noReason = assertThrows(DomainException.class, () -> lessons.decline(declined, " "));
        assertEquals("declineReason", noReason.field());
        lessons.accept(accepted, true);
        lessons.decline(declined, "Ya está registrado en otro aprendizaje.");
        DomainException twice = assertThrows(DomainException.class, () -> lessons.accept(declined, true));
        assertEquals("lessons.decision.notProposed", twice.messageKey());

        actAs(here.csoMember());
        assertThat(lessons.myProposals()).extracting(Lesson::getStatus).containsExactly(LessonStatus.DECLINED, LessonStatus.ACCEPTED);
        actAs(there.csoMember());
        assertThat(lessons.myProposals()).isEmpty();
        actAsPublic();
        assertThat(lessons.publicOfPlan(here.planId())).extracting(Lesson::getId).containsExactly(accepted);
    }

    @Test
    void thePublicNeverSeesInternalLessonsNorAnyOfADraftPlan() {
        actAs(here.secretariat());
        Lesson shown = form(here, LearningSource.LOCAL_POLITICS);
        shown.setVisibleToPublic(true);
        long publicId = lessons.create(here.planId(), shown, List.of(key(LinkKind.COMMITMENT, here.commitmentId()))).getId();
        lessons.create(here.planId(), form(here, LearningSource.LOCAL_POLITICS), List.of());
        actAsPublic();
        assertThat(lessons.publicOfPlan(here.planId())).isEmpty(); // the plan is a draft
        assertThrows(AccessDeniedException.class, () -> lessons.ofPlan(here.planId()));

        scenario.publish(here);
        actAsPublic();
        List<Lesson> seen = lessons.publicOfPlan(here.planId());
        assertThat(seen).extracting(Lesson::getId).containsExactly(publicId);
        assertThat(lessons.publicTitles(here.planId()).get(new LessonLink(LinkKind.COMMITMENT, here.commitmentId())))
                .isEqualTo("Transparentar el gasto en medicamentos " + here.code());
    }
}
