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
                assess(assessed.get(0), Moment.DESIGN, evaluators.get(0), spec.scores().get(spec.evaluators().get(0)), spec.justification(), false);
            }
            return;
        }
        List<List<Assessment>> byCommitment = new ArrayList<>();
        for (int c = 0; c < assessed.size(); c++) {
            List<Assessment> submitted = new ArrayList<>();
            for (int e = 0; e < evaluators.size(); e++) {
                String key = spec.evaluators().get(e == 0 || spec.differOn().contains(c) ? e : 0);
                submitted.add(assess(assessed.get(c), Moment.DESIGN, evaluators.get(e), spec.scores().get(key), spec.justification(), true));
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
            result.record(items(Moment.DESIGN, spec.scores().get(spec.evaluators().get(0)), spec.justification(), assessed.get(c), spec.note()),
                    byCommitment.get(c), null, evaluators.get(0));
            sink.persist(result);
            sink.audit("RECONCILE", result, null);
            results.add(result);
        }
        publish(plan, results, spec.reply(), people);
    }

    /**
     * The results moment of a plan whose cycle is over ({@code "past"}): the evaluators were assigned
     * around its end (the assignment is over now), each submitted the results assessment of every
     * published commitment, the lead reconciled them, the first commitment's lead institution
     * replied and the institute co-signed the publication.
     */
    void buildResults(DemoSpec.EvaluationSpec spec, ActionPlan plan, List<Commitment> commitments, Map<String, Account> people) {
        DemoSpec.PastResults past = spec == null ? null : spec.past();
        if (past == null) {
            return;
        }
        LocalDate end = plan.getCycleEnd();
        List<Account> evaluators = spec.evaluators().stream().map(people::get).toList();
        for (int i = 0; i < evaluators.size(); i++) {
            EvaluatorAssignment assignment = new EvaluatorAssignment(plan, evaluators.get(i), end.minusMonths(2), end.plusMonths(3), i == 0);
            sink.persist(assignment);
            sink.audit("ASSIGN", assignment, null);
        }
        List<Commitment> published = commitments.stream().filter(Commitment::isPublished).toList();
        List<ResultVersion> results = new ArrayList<>();
        for (int c = 0; c < published.size(); c++) {
            Map<Item, String> levels = past.results().get(c);
            List<Assessment> submitted = new ArrayList<>();
            for (Account evaluator : evaluators) {
                submitted.add(assess(published.get(c), Moment.RESULTS, evaluator, levels, past.justification(), true));
            }
            ResultVersion result = new ResultVersion(published.get(c), Moment.RESULTS, 1, false);
            result.record(items(Moment.RESULTS, levels, past.justification(), published.get(c), null), submitted, null, evaluators.get(0));
            sink.persist(result);
            sink.audit("RECONCILE", result, null);
            results.add(result);
        }
        PlanEvaluation settings = new PlanEvaluation(plan.getId(), plan.getState().getId());
        settings.setReplyPeriod(end.plusMonths(1), end.plusMonths(2));
        sink.persist(settings);
        sink.audit("REPLY_PERIOD", settings, null);
        publish(plan, results, past.reply(), people);
    }

    /** The first result's commitment answered by an account of its lead institution (if any reply), then the institute's co-signature. */
    private void publish(ActionPlan plan, List<ResultVersion> results, String replyText, Map<String, Account> people) {
        Commitment answered = results.get(0).getCommitment();
        Account official = people.values().stream()
                .filter(a -> a.getRole() == Role.RESPONSIBLE_ACTOR && a.getActor() != null && answered.isLedBy(a.getActor().getId()))
                .findFirst().orElse(null);
        if (official != null && replyText != null) {
            GovernmentReply reply = new GovernmentReply(answered, official, replyText);
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

    private Assessment assess(Commitment commitment, Moment moment, Account evaluator, Map<Item, String> levels, String justification,
                              boolean submit) {
        Assessment assessment = new Assessment(commitment, moment, evaluator);
        assessment.fill(items(moment, levels, justification, commitment, null), evaluator.asCaller());
        if (submit) {
            assessment.submit(evaluator.asCaller(), clock.instant());
        }
        sink.persist(assessment);
        sink.audit(submit ? "SUBMIT_ASSESSMENT" : "CREATE", assessment, null);
        return assessment;
    }

    /** Every item of the moment: the levels given, "not relevant" for the values not named; the note only where asked. */
    private static List<ScoredItem> items(Moment moment, Map<Item, String> levels, String justification, Commitment commitment, String note) {
        return Item.of(moment).stream()
                .map(item -> new ScoredItem(item, levels.getOrDefault(item, item.value() != null ? "NOT_RELEVANT" : null),
                        DemoSpec.fill(justification, "commitment", commitment.getTitle()), null, note))
                .toList();
    }
}
