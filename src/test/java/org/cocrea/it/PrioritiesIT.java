package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.cocrea.support.ActingCaller.actAsPublic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.cocrea.attachment.Attachment;
import org.cocrea.attachment.AttachmentService;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.commitment.CommitmentStatus;
import org.cocrea.file.Upload;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.PlanService;
import org.cocrea.priority.Priority;
import org.cocrea.priority.PriorityScore;
import org.cocrea.priority.PriorityService;
import org.cocrea.priority.PriorityService.Ranked;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.support.Deployments;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.cocrea.support.TestFiles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Priorities through the real services: scoring and ranking, drafts linked both ways, evidence,
 * and every boundary tried from the wrong side (other roles, another state, the public).
 */
@ExtendWith(ArquillianExtension.class)
class PrioritiesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private PriorityService priorities;
    @Inject private CommitmentService commitments;
    @Inject private PlanService plans;
    @Inject private AttachmentService files;

    private World here;
    private World there;

    @BeforeEach
    void twoStates() {
        here = scenario.newState();
        there = scenario.newState();
    }

    private Priority priority(World world, String title, Long proposedBy) {
        actAs(world.secretariat());
        Priority form = Priority.blank();
        form.setTitle(title);
        form.setDescription("Descripción de «" + title + "» con su evidencia.");
        form.setProposerNote("Foro ciudadano de Hermosillo");
        return priorities.create(world.planId(), form, proposedBy);
    }

    @Test
    void twoMembersScoreAndTheRankingFollows() {
        long a = priority(here, "Abasto de medicamentos", here.cso()).getId();
        long b = priority(here, "Transporte público", null).getId();
        long c = priority(here, "Alumbrado", null).getId();

        actAs(here.secretariat());
        priorities.score(a, 5);
        priorities.score(b, 3);
        actAs(here.institute());
        priorities.score(a, 4);
        priorities.score(b, 3);

        List<Ranked> ranking = priorities.ranking(here.planId());
        assertThat(ranking).extracting(r -> r.priority().getId()).containsExactly(a, b, c);
        assertThat(priorities.countOfPlan(here.planId())).isEqualTo(3);
        assertThat(ranking).extracting(Ranked::rank).containsExactly(1, 2, null);
        assertThat(ranking).extracting(Ranked::mean).containsExactly(new BigDecimal("4.50"), new BigDecimal("3.00"), null);
        assertThat(ranking).extracting(Ranked::count).containsExactly(2, 2, 0);
        assertThat(ranking).extracting(Ranked::myScore).containsExactly(4, 3, null);
        assertEquals("Observatorio Ciudadano " + here.code(), ranking.get(0).priority().proposerLabel());

        // a member changes its own score: still one score per member, and the ranking moves
        actAs(here.secretariat());
        priorities.score(b, 5);
        priorities.score(c, 4);
        actAs(here.institute());
        priorities.score(c, 4);
        priorities.score(b, 3);
        ranking = priorities.ranking(here.planId());
        assertThat(ranking).extracting(r -> r.priority().getId()).containsExactly(a, b, c);
        assertThat(ranking).extracting(Ranked::rank).containsExactly(1, 2, 2);
        assertThat(ranking).extracting(Ranked::count).containsExactly(2, 2, 2);
        assertThat(priorities.scores(b)).extracting(PriorityScore::getScore).containsExactly(5, 3);
        assertThat(priorities.scores(b)).extracting(s -> s.getAccount().getUsername())
                .containsExactly(here.secretariat(), here.institute());
    }

    @Test
    void aScoreOutOfRangeIsRefusedOnItsFieldAndNothingIsSaved() {
        long a = priority(here, "Calidad del agua", null).getId();
        actAs(here.secretariat());
        for (Integer wrong : new Integer[] {0, 6, -3, null}) {
            DomainException refusal = assertThrows(DomainException.class, () -> priorities.score(a, wrong));
            assertEquals("score", refusal.field());
            assertEquals("priorities.score.range", refusal.messageKey());
        }
        assertThat(priorities.scores(a)).isEmpty();
        assertThat(priorities.ranking(here.planId()).get(0).scored()).isFalse();
    }

    @Test
    void aDraftFromAPriorityIsADraftCommitmentLinkedBothWays() {
        long a = priority(here, "Padrón de beneficiarios", here.cso()).getId();
        actAs(here.secretariat());
        Commitment draft = priorities.draftCommitment(a, "Padrón abierto de beneficiarios");

        Commitment saved = commitments.forSecretariat(draft.getId());
        assertEquals(CommitmentStatus.DRAFT, saved.getStatus());
        assertEquals("Padrón abierto de beneficiarios", saved.getTitle());
        assertEquals("Descripción de «Padrón de beneficiarios» con su evidencia.", saved.getTemplate().getProblem());
        assertEquals(here.planId(), saved.getPlan().getId());

        assertThat(priorities.forSecretariat(a).getCommitments()).extracting(Commitment::getId).containsExactly(draft.getId());
        assertThat(priorities.ofCommitment(draft.getId())).extracting(Priority::getId).containsExactly(a);
        assertThat(priorities.ranking(here.planId()).get(0).linkedCommitments()).isEqualTo(1);

        // a second draft, and an existing commitment of the plan
        Commitment second = priorities.draftCommitment(a, "Contraloría social del padrón");
        priorities.link(a, here.commitmentId());
        priorities.link(a, here.commitmentId()); // twice changes nothing
        assertThat(priorities.forSecretariat(a).getCommitments()).extracting(Commitment::getId)
                .containsExactlyInAnyOrder(draft.getId(), second.getId(), here.commitmentId());
        assertThat(priorities.ofCommitment(here.commitmentId())).extracting(Priority::getId).containsExactly(a);
        assertThat(priorities.proposedBy(here.cso())).extracting(Priority::getId).containsExactly(a);

        priorities.unlink(a, second.getId());
        assertThat(priorities.ofCommitment(second.getId())).isEmpty();
        assertThat(priorities.ranking(here.planId()).get(0).linkedCommitments()).isEqualTo(2);

        DomainException blank = assertThrows(DomainException.class, () -> priorities.draftCommitment(a, "  "));
        assertEquals("draftTitle", blank.field());
        assertThat(commitments.ofPlanForSecretariat(here.planId())).hasSize(3);
    }

    @Test
    void onlyCommitmentsOfTheSamePlanAndActorsOfTheSameStateCanBeLinked() {
        long a = priority(here, "Obra pública", null).getId();
        actAs(here.secretariat());
        ActionPlan form = ActionPlan.blank();
        form.setTitle("Otro plan " + here.code());
        form.setCycleStart(java.time.LocalDate.of(2028, 1, 1));
        form.setCycleEnd(java.time.LocalDate.of(2029, 12, 31));
        long otherPlan = plans.create(form).getId();
        Commitment elsewhere = Commitment.blank();
        elsewhere.getTemplate().setTitle("Compromiso de otro plan");
        long elsewhereId = commitments.create(otherPlan, elsewhere, null, List.of()).getId();

        DomainException otherPlanRefusal = assertThrows(DomainException.class, () -> priorities.link(a, elsewhereId));
        assertEquals("commitmentId", otherPlanRefusal.field());
        assertThrows(DomainException.class, () -> priorities.link(a, there.commitmentId()));
        DomainException foreignActor = assertThrows(DomainException.class,
                () -> priority(here, "Con actor ajeno", there.cso()));
        assertEquals("proposedBy", foreignActor.field());
        assertThat(priorities.forSecretariat(a).getCommitments()).isEmpty();
        assertThat(priorities.ranking(here.planId())).hasSize(1);
    }

    @Test
    void aStaleEditIsRefused() {
        Priority created = priority(here, "Seguridad vial", null);
        actAs(here.secretariat());
        Priority first = priorities.forSecretariat(created.getId());
        Priority second = priorities.forSecretariat(created.getId());
        first.setTitle("Seguridad vial en escuelas");
        priorities.update(first, here.cso());
        second.setTitle("Otro título");
        DomainException refusal = assertThrows(DomainException.class, () -> priorities.update(second, null));
        assertEquals("error.concurrentChange", refusal.messageKey());
        Priority now = priorities.forSecretariat(created.getId());
        assertEquals("Seguridad vial en escuelas", now.getTitle());
        assertEquals(here.cso(), now.getProposedBy().getId());
    }

    @Test
    void aCsoOrAnEvaluatorCannotCreateScoreOrDraft() {
        long a = priority(here, "Becas escolares", null).getId();
        for (String outsider : List.of(here.csoMember(), here.agencyMember(), here.evaluator())) {
            actAs(outsider);
            Priority form = Priority.blank();
            form.setTitle("Colada");
            form.setDescription("No debería guardarse");
            assertThrows(AccessDeniedException.class, () -> priorities.create(here.planId(), form, null));
            assertThrows(AccessDeniedException.class, () -> priorities.score(a, 5));
            assertThrows(AccessDeniedException.class, () -> priorities.draftCommitment(a, "Colado"));
            assertThrows(AccessDeniedException.class, () -> priorities.addLink(a, "https://ejemplo.mx/colado"));
            assertThrows(AccessDeniedException.class, () -> priorities.ranking(here.planId()));
            assertThrows(AccessDeniedException.class, () -> priorities.countOfPlan(here.planId()));
            assertThrows(AccessDeniedException.class, () -> priorities.forSecretariat(a));
            assertThrows(AccessDeniedException.class, () -> priorities.scores(a));
            assertThat(priorities.proposedBy(here.cso())).isEmpty();
        }
        actAs(here.secretariat());
        assertThat(priorities.ranking(here.planId())).hasSize(1);
        assertThat(priorities.scores(a)).isEmpty();
        assertThat(priorities.evidence(a)).isEmpty();
        assertThat(commitments.ofPlanForSecretariat(here.planId())).hasSize(1);
    }

    @Test
    void aMissingCommitmentIsNotFoundOnEverySideAndOriginsComeOldestFirst() {
        long a = priority(here, "Padrón de beneficiarios", null).getId();
        long b = priority(here, "Compras consolidadas", null).getId();
        actAs(here.secretariat());
        assertThrows(NotFoundException.class, () -> priorities.link(a, Long.MAX_VALUE));
        assertThrows(NotFoundException.class, () -> priorities.unlink(a, Long.MAX_VALUE));
        assertThrows(NotFoundException.class, () -> priorities.ofCommitment(Long.MAX_VALUE));
        DomainException none = assertThrows(DomainException.class, () -> priorities.link(a, null));
        assertEquals("commitmentId", none.field());
        assertEquals("priorities.link.missing", none.messageKey());
        DomainException otherState = assertThrows(DomainException.class, () -> priorities.link(a, there.commitmentId()));
        assertEquals("commitmentId", otherState.field());
        assertEquals("priorities.link.otherPlan", otherState.messageKey());
        assertThat(priorities.forSecretariat(a).getCommitments()).isEmpty();

        priorities.link(b, here.commitmentId());
        priorities.link(a, here.commitmentId());
        assertThat(priorities.ofCommitment(here.commitmentId())).extracting(Priority::getId).containsExactly(a, b);

        actAs(there.secretariat()); // another state's secretariat: a draft of elsewhere is nothing to it
        assertThat(priorities.ofCommitment(here.commitmentId())).isEmpty();
        actAsPublic();
        assertThat(priorities.ofCommitment(here.commitmentId())).isEmpty();

        scenario.publish(here);
        actAsPublic();
        assertThat(priorities.ofCommitment(here.commitmentId())).extracting(Priority::getId).containsExactly(a, b);
        actAs(there.secretariat()); // public now: the public copies, like anybody else
        assertThat(priorities.ofCommitment(here.commitmentId())).extracting(Priority::getProposerNote).containsOnlyNulls();
    }

    @Test
    void anotherStatesSecretariatCannotReadScoreOrDraft() {
        long a = priority(here, "Mercados municipales", here.cso()).getId();
        actAs(here.secretariat());
        priorities.link(a, here.commitmentId());
        Priority loaded = priorities.forSecretariat(a);
        loaded.setTitle("Cambiado desde otro estado");

        actAs(there.secretariat());
        assertThrows(AccessDeniedException.class, () -> priorities.forSecretariat(a));
        assertThrows(AccessDeniedException.class, () -> priorities.ranking(here.planId()));
        assertThrows(AccessDeniedException.class, () -> priorities.countOfPlan(here.planId()));
        assertThrows(AccessDeniedException.class, () -> priorities.scores(a));
        assertThrows(AccessDeniedException.class, () -> priorities.evidence(a));
        assertThrows(AccessDeniedException.class, () -> priorities.score(a, 1));
        assertThrows(AccessDeniedException.class, () -> priorities.draftCommitment(a, "Colado"));
        assertThrows(AccessDeniedException.class, () -> priorities.link(a, there.commitmentId()));
        assertThrows(AccessDeniedException.class, () -> priorities.unlink(a, here.commitmentId()));
        assertThrows(AccessDeniedException.class, () -> priorities.update(loaded, null));
        assertThat(priorities.ofCommitment(here.commitmentId())).isEmpty();
        assertThat(priorities.proposedBy(here.cso())).isEmpty();
        Priority form = Priority.blank();
        form.setTitle("Colada");
        form.setDescription("No debería guardarse");
        assertThrows(AccessDeniedException.class, () -> priorities.create(here.planId(), form, null));

        actAs(here.institute());
        assertThat(priorities.scores(a)).isEmpty();
        assertEquals("Mercados municipales", priorities.forSecretariat(a).getTitle());
        assertThat(priorities.ofCommitment(here.commitmentId())).extracting(Priority::getId).containsExactly(a);
        assertThat(commitments.ofPlanForSecretariat(here.planId())).hasSize(1);
    }

    @Test
    void thePublicSeesPrioritiesOnlyBehindAPublicCommitmentAndOnlyTheirPublicPart() {
        long a = priority(here, "Compras de salud", here.cso()).getId();
        actAs(here.secretariat());
        priorities.link(a, here.commitmentId());
        priorities.score(a, 4);
        Attachment evidence = priorities.addFile(a, new Upload("diagnostico.pdf", TestFiles.pdf("Diagnostico")));

        actAsPublic();
        assertThat(priorities.ofCommitment(here.commitmentId())).isEmpty();
        assertThrows(AccessDeniedException.class, () -> priorities.ranking(here.planId()));
        assertThrows(NotFoundException.class, () -> files.file(evidence.getId()));
        assertThrows(NotFoundException.class, () -> priorities.ofCommitment(Long.MAX_VALUE));

        scenario.publish(here);
        actAsPublic();
        List<Priority> origins = priorities.ofCommitment(here.commitmentId());
        assertThat(origins).hasSize(1);
        Priority origin = origins.get(0);
        assertEquals("Compras de salud", origin.getTitle());
        assertEquals("Descripción de «Compras de salud» con su evidencia.", origin.getDescription());
        assertEquals("Observatorio Ciudadano " + here.code(), origin.proposerLabel());
        assertThat(origin.getProposerNote()).isNull();
        assertThat(origin.getCommitments()).isEmpty();
        // evidence stays with the secretariat even when the commitment is public
        assertThrows(NotFoundException.class, () -> files.file(evidence.getId()));
        actAs(here.csoMember());
        assertThrows(NotFoundException.class, () -> files.file(evidence.getId()));
        actAs(there.secretariat());
        assertThrows(NotFoundException.class, () -> files.file(evidence.getId()));

        actAs(here.institute());
        var file = files.file(evidence.getId());
        assertThat(file.content()).isEqualTo(TestFiles.pdf("Diagnostico"));
        assertThat(file.isPublic()).isFalse();
    }

    @Test
    void evidenceWithAFakeTypeIsRefusedAndNothingIsSaved() {
        long a = priority(here, "Residuos sólidos", null).getId();
        actAs(here.secretariat());
        DomainException refusal = assertThrows(DomainException.class,
                () -> priorities.addFile(a, new Upload("informe.pdf", TestFiles.windowsExecutable())));
        assertEquals("file", refusal.field());
        DomainException badLink = assertThrows(DomainException.class, () -> priorities.addLink(a, "javascript:alert(1)"));
        assertEquals("link", badLink.field());
        assertThat(priorities.evidence(a)).isEmpty();

        priorities.addLink(a, "https://datos.gob.mx/residuos");
        priorities.addFile(a, new Upload("informe.pdf", TestFiles.pdf("Informe")));
        assertThat(priorities.evidence(a)).extracting(e -> e.getStored().getLabel())
                .containsExactly("https://datos.gob.mx/residuos", "informe.pdf");
    }
}
