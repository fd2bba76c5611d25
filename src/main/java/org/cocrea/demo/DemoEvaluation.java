package org.cocrea.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cocrea.account.Account;
import org.cocrea.commitment.Commitment;
import org.cocrea.evaluation.Assessment;
import org.cocrea.evaluation.EvaluatorAssignment;
import org.cocrea.evaluation.GovernmentReply;
import org.cocrea.evaluation.Item;
import org.cocrea.evaluation.Moment;
import org.cocrea.evaluation.PlanEvaluation;
import org.cocrea.evaluation.ResultVersion;
import org.cocrea.evaluation.ResultsPublication;
import org.cocrea.evaluation.ScoredItem;
import org.cocrea.plan.ActionPlan;
import org.cocrea.shared.Role;

/**
 * A state's evaluation in the demo ({@code "evaluation"} in content.json, {@link DemoSpec.EvaluationSpec}),
 * built through the entities' rules: the evaluators assigned (the first one leads), their design
 * assessments of the published commitments, and, by stage, a draft waiting, two evaluators waiting
 * for reconciliation, or results reconciled, answered by the lead institution and co-signed.
 */
final class DemoEvaluation {

    private final DemoBuilder.Sink sink;
    private final Clock clock;

    DemoEvaluation(DemoBuilder.Sink sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
    }

    void build(DemoSpec.EvaluationSpec spec, ActionPlan plan, List<Commitment> commitments, Map<String, Account> people) {
        if (spec == null) {
            return;
        }
        LocalDate today = plan.today(clock);
        List<Account> evaluators = spec.evaluators().stream().map(people::get).toList();
        for (int i = 0; i < evaluators.size(); i++) {
            EvaluatorAssignment assignment = new EvaluatorAssignment(plan, evaluators.get(i), today.minusMonths(1), plan.getCycleEnd(), i == 0);
            sink.persist(assignment);
            sink.audit("ASSIGN", assignment, null);
        }
        List<Commitment> published = commitments.stream().filter(Commitment::isPublished).toList();
        // the last published commitment is left for the evaluators to assess: their home shows real work
        List<Commitment> assessed = published.subList(0, Math.max(0, published.size() - 1));
        if (spec.stage() == DemoSpec.EvaluationStage.ASSIGNED) {
            if (!assessed.isEmpty()) {
                assess(assessed.get(0), evaluators.get(0), spec.scores().get(spec.evaluators().get(0)), spec, false);
            }
            return;
        }
        List<List<Assessment>> byCommitment = new ArrayList<>();
        for (int c = 0; c < assessed.size(); c++) {
            List<Assessment> submitted = new ArrayList<>();
            for (int e = 0; e < evaluators.size(); e++) {
                String key = spec.evaluators().get(e == 0 || spec.differOn().contains(c) ? e : 0);
                submitted.add(assess(assessed.get(c), evaluators.get(e), spec.scores().get(key), spec, true));
            }
            byCommitment.add(submitted);
        }
        if (spec.stage() != DemoSpec.EvaluationStage.PUBLISHED) {
            return;
        }
        PlanEvaluation settings = new PlanEvaluation(plan.getId(), plan.getState().getId());
        settings.setReplyPeriod(today.minusDays(20), today.minusDays(5));
        sink.persist(settings);
        sink.audit("REPLY_PERIOD", settings, null);
        List<ResultVersion> results = new ArrayList<>();
        for (int c = 0; c < assessed.size(); c++) {
            ResultVersion result = new ResultVersion(assessed.get(c), Moment.DESIGN, 1, false);
            result.record(items(spec.scores().get(spec.evaluators().get(0)), spec, assessed.get(c), spec.note()),
                    byCommitment.get(c), null, evaluators.get(0));
            sink.persist(result);
            sink.audit("RECONCILE", result, null);
            results.add(result);
        }
        Commitment answered = assessed.get(0);
        Account official = people.values().stream()
                .filter(a -> a.getRole() == Role.RESPONSIBLE_ACTOR && a.getActor() != null && answered.isLedBy(a.getActor().getId()))
                .findFirst().orElse(null);
        if (official != null && spec.reply() != null) {
            GovernmentReply reply = new GovernmentReply(answered, official, spec.reply());
            sink.persist(reply);
            sink.audit("REPLY", reply, null);
        }
        Account institute = people.values().stream().filter(a -> a.getRole() == Role.INFORMATION_INSTITUTE).findFirst().orElseThrow();
        ResultsPublication publication = new ResultsPublication(plan.getId(), plan.getState().getId(), 1, institute, clock.instant());
        sink.persist(publication);
        sink.audit("COSIGN", publication, null);
        for (ResultVersion result : results) {
            var before = result.auditSnapshot();
            result.publishIn(publication);
            sink.audit("PUBLISH", result, before);
        }
    }

    private Assessment assess(Commitment commitment, Account evaluator, Map<Item, String> levels, DemoSpec.EvaluationSpec spec,
                              boolean submit) {
        Assessment assessment = new Assessment(commitment, Moment.DESIGN, evaluator);
        assessment.fill(items(levels, spec, commitment, null), evaluator.asCaller());
        if (submit) {
            assessment.submit(evaluator.asCaller(), clock.instant());
        }
        sink.persist(assessment);
        sink.audit(submit ? "SUBMIT_ASSESSMENT" : "CREATE", assessment, null);
        return assessment;
    }

    /** Every design item: the levels given, "not relevant" for the values not named; the note only where asked. */
    private static List<ScoredItem> items(Map<Item, String> levels, DemoSpec.EvaluationSpec spec, Commitment commitment, String note) {
        return Item.of(Moment.DESIGN).stream()
                .map(item -> new ScoredItem(item, levels.getOrDefault(item, item.value() != null ? "NOT_RELEVANT" : null),
                        DemoSpec.fill(spec.justification(), "commitment", commitment.getTitle()), null, note))
                .toList();
    }
}
