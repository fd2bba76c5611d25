package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.cocrea.support.ActingCaller.actAsPublic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.social.SocialProgram;
import org.cocrea.social.SocialProgramService;
import org.cocrea.social.SocialProgramService.Ranked;
import org.cocrea.support.Deployments;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Social programs through the real services: registration, money by the commitments' rule, scores
 * and ranking, publication, audit, and every boundary tried from the wrong side (another state, a
 * responsible actor, an evaluator, the public).
 */
@ExtendWith(ArquillianExtension.class)
class SocialProgramsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private SocialProgramService programs;

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    private World here;
    private World there;

    @BeforeEach
    void twoStates() {
        here = scenario.newState();
        there = scenario.newState();
    }

    private SocialProgram program(World world, String name) {
        actAs(world.secretariat());
        SocialProgram form = SocialProgram.blank();
        form.setName(name);
        form.setBudgetProgramKey("S052");
        form.setFundingSource("Recursos estatales");
        form.setTargetPopulation("Personas adultas mayores de 65 años sin pensión");
        form.setBeneficiariesPlanned(12000);
        form.setBeneficiariesReached(9000);
        form.setRulesUrl("https://periodicooficial.example.gob.mx/reglas-s052.pdf");
        form.setOpenData("https://datos.example.gob.mx/padron-s052.csv\n\n  https://datos.example.gob.mx/gasto-s052.csv  ");
        return programs.create(world.stateId(), form, world.government());
    }

    private List<String> auditActions(long programId) {
        return em.createQuery("select e.action from AuditEntry e where e.entityType = 'SocialProgram' and e.entityId = :id "
                        + "order by e.id", String.class)
                .setParameter("id", programId)
                .getResultList();
    }

    @Test
    void theSecretariatRegistersAProgramWithItsMoneyAndPublishesIt() {
        long id = program(here, "Pensión Bienestar Estatal").getId();
        programs.putYear(id, 2025, new BigDecimal("50000000.00"), new BigDecimal("52000000.00"), new BigDecimal("39000000.00"));
        programs.putYear(id, 2024, new BigDecimal("45000000.00"), null, new BigDecimal("44000000.00"));

        SocialProgram read = programs.forSecretariat(id);
        assertThat(read.getYears()).extracting(y -> y.getFiscalYear()).containsExactly(2024, 2025);
        assertEquals(75, read.getYears().get(1).spentPercent());
        assertEquals(0, new BigDecimal("95000000.00").compareTo(read.totals().approved()));
        assertEquals(75, read.reachedPercent());
        assertThat(read.openDataSources()).containsExactly("https://datos.example.gob.mx/padron-s052.csv",
                "https://datos.example.gob.mx/gasto-s052.csv");

        actAsPublic();
        assertThrows(NotFoundException.class, () -> programs.publicProgram(id), "a draft program is not there for the public");
        assertThat(programs.publishedOfState(here.stateId())).isEmpty();

        actAs(here.secretariat());
        programs.publish(id, true);
        actAsPublic();
        assertEquals("Pensión Bienestar Estatal", programs.publicProgram(id).getName());
        assertThat(programs.publishedOfState(here.stateId())).extracting(SocialProgram::getId).containsExactly(id);
        assertThat(programs.publishedOfState(there.stateId())).isEmpty();

        assertThat(auditActions(id)).containsExactly("CREATE", "BUDGET", "BUDGET", "PUBLISH");
    }

    @Test
    void moneyFollowsTheCommitmentsRule() {
        long id = program(here, "Útiles escolares gratuitos").getId();
        DomainException spent = assertThrows(DomainException.class,
                () -> programs.putYear(id, 2025, new BigDecimal("100.00"), null, new BigDecimal("101.00")));
        assertEquals("budget.spentExceeds", spent.messageKey());
        assertEquals("budget", spent.field());
        assertEquals("budget.negative", assertThrows(DomainException.class,
                () -> programs.putYear(id, 2025, new BigDecimal("-1"), null, null)).messageKey());
        assertEquals("budget.year.invalid", assertThrows(DomainException.class,
                () -> programs.putYear(id, 1999, BigDecimal.ONE, null, null)).messageKey());
        assertThat(programs.forSecretariat(id).getYears()).isEmpty();
    }

    @Test
    void formsAreCheckedOnTheirFields() {
        actAs(here.secretariat());
        SocialProgram noName = SocialProgram.blank();
        assertEquals("name", assertThrows(DomainException.class,
                () -> programs.create(here.stateId(), noName, here.government())).field());

        SocialProgram badLink = SocialProgram.blank();
        badLink.setName("Comedores comunitarios");
        badLink.setRulesUrl("javascript:alert(1)");
        assertEquals("rulesUrl", assertThrows(DomainException.class,
                () -> programs.create(here.stateId(), badLink, here.government())).field());

        SocialProgram badSource = SocialProgram.blank();
        badSource.setName("Comedores comunitarios");
        badSource.setOpenData("https://datos.example.gob.mx/a.csv\nftp://datos.example.gob.mx/b.csv");
        assertEquals("openData", assertThrows(DomainException.class,
                () -> programs.create(here.stateId(), badSource, here.government())).field());

        SocialProgram foreignAgency = SocialProgram.blank();
        foreignAgency.setName("Comedores comunitarios");
        DomainException refused = assertThrows(DomainException.class,
                () -> programs.create(here.stateId(), foreignAgency, there.government()));
        assertEquals("agency", refused.field(), "an agency of another state's map is refused like none");
    }

    @Test
    void membersScoreAndTheRankingFollows() {
        long low = program(here, "Becas de transporte").getId();
        long high = program(here, "Apoyo a jefas de familia").getId();
        actAs(here.secretariat());
        programs.score(low, 2);
        programs.score(high, 4);
        actAs(here.institute());
        programs.score(high, 5);
        programs.score(high, 3);

        List<Ranked> ranking = programs.ranking(here.stateId());
        assertThat(ranking).extracting(r -> r.program().getId()).containsExactly(high, low);
        assertEquals(0, new BigDecimal("3.50").compareTo(ranking.get(0).mean()));
        assertEquals(3, ranking.get(0).myScore(), "the institute's member changed its score in place");
        assertEquals(2, ranking.get(0).count());
        assertEquals("priorities.score.range", assertThrows(DomainException.class, () -> programs.score(low, 6)).messageKey());
    }

    @Test
    void nobodyOutsideTheStatesSecretariatWritesOrReadsDrafts() {
        long id = program(here, "Desayunos escolares").getId();

        for (String outsider : List.of(there.secretariat(), there.institute(), here.csoMember(), here.agencyMember(), here.evaluator())) {
            actAs(outsider);
            assertThrows(AccessDeniedException.class, () -> programs.forSecretariat(id), outsider);
            assertThrows(AccessDeniedException.class, () -> programs.score(id, 3), outsider);
            assertThrows(AccessDeniedException.class, () -> programs.putYear(id, 2025, BigDecimal.TEN, null, null), outsider);
            assertThrows(AccessDeniedException.class, () -> programs.publish(id, true), outsider);
            assertThrows(AccessDeniedException.class, () -> programs.ranking(here.stateId()), outsider);
            assertThrows(NotFoundException.class, () -> programs.publicProgram(id), outsider);
        }
        actAsPublic();
        assertThrows(AccessDeniedException.class, () -> programs.create(here.stateId(), SocialProgram.blank(), here.government()));
        assertThrows(NotFoundException.class, () -> programs.publicProgram(Long.MAX_VALUE), "the same answer as a draft");
        actAs(here.secretariat());
        assertThat(programs.forSecretariat(id).isPublished()).isFalse();
    }
}
