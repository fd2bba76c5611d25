package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cocrea.support.ActingCaller.actAsPublic;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.cocrea.milestone.ProgressBoard;
import org.cocrea.milestone.ProgressBoard.Summary;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.PlanService;
import org.cocrea.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12: the home page's progress, aggregated by the database, says what the entities' rules
 * say: the same progress, milestones, overdue and at-risk counts per plan as the roll-up in Java,
 * on every published plan there is (the demo's, with weights, overdue and complete milestones).
 */
@ExtendWith(ArquillianExtension.class)
class PublicProgressIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private ProgressBoard board;
    @Inject private PlanService plans;

    @Test
    void theDatabaseAggregatesAsTheRulesRollUp() {
        actAsPublic();
        List<Long> ids = plans.allPublished().stream().map(ActionPlan::getId).toList();
        Map<Long, Summary> inJava = board.byPlan(ids, true);
        Map<Long, Summary> bySql = board.publicByPlan(ids);

        assertThat(bySql.keySet()).isEqualTo(inJava.keySet());
        inJava.forEach((plan, expected) -> {
            Summary actual = bySql.get(plan);
            assertThat(actual.milestones()).as("milestones of plan " + plan).isEqualTo(expected.milestones());
            assertThat(actual.overdue()).as("overdue of plan " + plan).isEqualTo(expected.overdue());
            assertThat(actual.atRisk()).as("at risk of plan " + plan).isEqualTo(expected.atRisk());
            assertThat(actual.progress().isComputable()).isEqualTo(expected.progress().isComputable());
            if (expected.progress().isComputable()) {
                assertThat(actual.progress().percent()).as("progress of plan " + plan).isCloseTo(expected.progress().percent(), within(1e-9));
                assertThat(actual.progress().rounded()).isEqualTo(expected.progress().rounded());
            }
        });
        // not vacuous: there is something to agree on
        assertThat(inJava.values()).anySatisfy(s -> assertThat(s.progress().percent()).isStrictlyBetween(0.0, 100.0));
        assertThat(inJava.values()).anySatisfy(s -> assertThat(s.overdue() + s.atRisk()).isPositive());
    }
}
