package org.cocrea.demo;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.account.Account;
import org.cocrea.actor.Actor;
import org.cocrea.commitment.Commitment;
import org.cocrea.indicator.Direction;
import org.cocrea.indicator.Frequency;
import org.cocrea.indicator.Indicator;
import org.cocrea.indicator.Measurement;
import org.cocrea.indicator.TheoryItem;
import org.cocrea.indicator.TheoryLevel;
import org.cocrea.plan.ActionPlan;
import org.cocrea.treasurehunt.AnswerOutcome;
import org.cocrea.treasurehunt.DataFormat;
import org.cocrea.treasurehunt.HuntAnswer;
import org.cocrea.treasurehunt.HuntPurpose;
import org.cocrea.treasurehunt.HuntQuestion;
import org.cocrea.treasurehunt.HuntRecommendation;
import org.cocrea.treasurehunt.HuntTeam;
import org.cocrea.treasurehunt.RecommendationStatus;
import org.cocrea.treasurehunt.TreasureHunt;

/**
 * The demo's evaluation, per state from {@code content.json}'s {@code "indicators"}
 * and {@code "treasureHunts"}: indicators with their measurements (on commitments, or on a result of
 * the theory of change that they create), and a baseline and a follow-up treasure hunt with teams,
 * the same questions, answers, a route and recommendations. Built through the entities' rules;
 * days are counted in months from today in the state.
 */
final class DemoIndicatorsAndHunts {

    /** One indicator: on the commitment at index {@code commitment}, or on a new result item {@code result}. */
    record IndicatorSpec(Integer commitment, String result, String name, String unit, Direction direction,
                         BigDecimal baseline, int baselineMonths, BigDecimal target, int targetMonths, Frequency frequency,
                         String source, List<MeasurementSpec> measurements) {
    }

    record MeasurementSpec(int months, BigDecimal value, String source) {
    }

    /** The questions (linked to a commitment by index, or to a program key), teams, the two exercises and recommendations. */
    record HuntsSpec(List<QuestionSpec> questions, List<TeamSpec> teams, ExerciseSpec baseline, ExerciseSpec followUp,
                     List<RecommendationSpec> recommendations) {
    }

    record QuestionSpec(String text, Integer commitment, String programKey) {
    }

    record TeamSpec(String name, String actorKey, String people) {
    }

    /** {@code answers}: team by team, question by question, "OUTCOME FORMAT STARS MINUTES" ("-" for none); the route of the first answer. */
    record ExerciseSpec(String title, int months, List<String> answers, String url, List<String> route) {
    }

    record RecommendationSpec(String to, String text, RecommendationStatus status) {
    }

    record MeasuresSpec(List<IndicatorSpec> indicators, HuntsSpec hunts) {
    }

    private final DemoBuilder.Sink sink;
    int indicators;
    int measurements;
    int hunts;

    DemoIndicatorsAndHunts(DemoBuilder.Sink sink) {
        this.sink = sink;
    }

    // ---------------------------------------------------------------- reading

    /** Every state's evaluation content by state code (states without any are left out). */
    static Map<String, MeasuresSpec> all() {
        Map<String, MeasuresSpec> specs = new HashMap<>();
        for (JsonObject state : DemoStates.content().getJsonArray("states").getValuesAs(JsonObject.class)) {
            if (state.containsKey("indicators") || state.containsKey("treasureHunts")) {
                specs.put(state.getString("code"), spec(state));
            }
        }
        return specs;
    }

    private static MeasuresSpec spec(JsonObject state) {
        List<IndicatorSpec> indicators = new ArrayList<>();
        if (state.containsKey("indicators")) {
            for (JsonObject i : state.getJsonArray("indicators").getValuesAs(JsonObject.class)) {
                List<MeasurementSpec> measured = i.getJsonArray("measurements").getValuesAs(JsonObject.class).stream()
                        .map(m -> new MeasurementSpec(m.getInt("months"), m.getJsonNumber("value").bigDecimalValue(),
                                m.getString("source", null)))
                        .toList();
                indicators.add(new IndicatorSpec(i.containsKey("commitment") ? i.getInt("commitment") : null,
                        i.getString("result", null), i.getString("name"), i.getString("unit"),
                        Direction.valueOf(i.getString("direction")), i.getJsonNumber("baseline").bigDecimalValue(),
                        i.getInt("baselineMonths"), i.getJsonNumber("target").bigDecimalValue(), i.getInt("targetMonths"),
                        Frequency.valueOf(i.getString("frequency")), i.getString("source", null), measured));
            }
        }
        HuntsSpec hunts = null;
        if (state.containsKey("treasureHunts")) {
            JsonObject h = state.getJsonObject("treasureHunts");
            hunts = new HuntsSpec(
                    h.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
                            .map(q -> new QuestionSpec(q.getString("text"), q.containsKey("commitment") ? q.getInt("commitment") : null,
                                    q.getString("programKey", null)))
                            .toList(),
                    h.getJsonArray("teams").getValuesAs(JsonObject.class).stream()
                            .map(t -> new TeamSpec(t.getString("name"), t.getString("actor", null), t.getString("people", null)))
                            .toList(),
                    exercise(h.getJsonObject("baseline")), exercise(h.getJsonObject("followUp")),
                    h.getJsonArray("recommendations").getValuesAs(JsonObject.class).stream()
                            .map(r -> new RecommendationSpec(r.getString("to"), r.getString("text"),
                                    RecommendationStatus.valueOf(r.getString("status"))))
                            .toList());
        }
        return new MeasuresSpec(indicators, hunts);
    }

    private static ExerciseSpec exercise(JsonObject o) {
        return new ExerciseSpec(o.getString("title"), o.getInt("months"),
                o.getJsonArray("answers").getValuesAs(JsonString::getString), o.getString("url", null),
                o.containsKey("route") ? o.getJsonArray("route").getValuesAs(JsonString::getString) : List.of());
    }

    // ---------------------------------------------------------------- building

    void build(MeasuresSpec spec, ActionPlan plan, List<Commitment> commitments, Map<String, Actor> actors,
               Account secretariat, LocalDate today) {
        if (spec == null) {
            return;
        }
        int resultPosition = 0;
        for (IndicatorSpec i : spec.indicators()) {
            Indicator indicator = Indicator.blank();
            indicator.setName(i.name());
            indicator.setUnit(i.unit());
            indicator.setDirection(i.direction());
            indicator.setBaselineValue(i.baseline());
            indicator.setBaselineDate(today.plusMonths(i.baselineMonths()));
            indicator.setTargetValue(i.target());
            indicator.setTargetDate(today.plusMonths(i.targetMonths()));
            indicator.setFrequency(i.frequency());
            indicator.setSourceUrl(i.source());
            if (i.commitment() != null) {
                indicator.placeOn(commitments.get(i.commitment()));
            } else {
                TheoryItem result = new TheoryItem(plan, TheoryLevel.RESULT, ++resultPosition, i.result());
                sink.persist(result);
                sink.audit("CREATE", result, null);
                indicator.placeOn(result);
            }
            sink.persist(indicator);
            sink.audit("CREATE", indicator, null);
            indicators++;
            for (MeasurementSpec m : i.measurements()) {
                Measurement form = Measurement.blank();
                form.setMeasuredOn(today.plusMonths(m.months()));
                form.setValue(m.value());
                form.setSource(m.source());
                Measurement measurement = form.takenFor(indicator, secretariat, today);
                sink.persist(measurement);
                sink.audit("MEASURE", measurement, null);
                measurements++;
            }
        }
        if (spec.hunts() != null) {
            hunts(spec.hunts(), plan, commitments, actors, today);
        }
    }

    private void hunts(HuntsSpec spec, ActionPlan plan, List<Commitment> commitments, Map<String, Actor> actors, LocalDate today) {
        TreasureHunt baseline = exercise(spec.baseline(), HuntPurpose.BASELINE, null, plan, today);
        List<HuntQuestion> asked = new ArrayList<>();
        int position = 0;
        for (QuestionSpec q : spec.questions()) {
            HuntQuestion question = new HuntQuestion(baseline, ++position, q.text(), null,
                    q.commitment() == null ? null : commitments.get(q.commitment()), q.programKey());
            sink.persist(question);
            sink.audit("CREATE", question, null);
            asked.add(question);
        }
        answer(spec, spec.baseline(), baseline, asked, actors);

        TreasureHunt followUp = exercise(spec.followUp(), HuntPurpose.FOLLOW_UP, baseline, plan, today);
        List<HuntQuestion> again = new ArrayList<>();
        for (HuntQuestion question : asked) {
            HuntQuestion copy = question.askedAgainIn(followUp);
            sink.persist(copy);
            sink.audit("CREATE", copy, null);
            again.add(copy);
        }
        answer(spec, spec.followUp(), followUp, again, actors);
        for (RecommendationSpec r : spec.recommendations()) {
            HuntRecommendation recommendation = new HuntRecommendation(followUp, actors.get(r.to()), r.text(), today.minusDays(20));
            recommendation.moveTo(r.status(), today.minusDays(5));
            sink.persist(recommendation);
            sink.audit("CREATE", recommendation, null);
        }
    }

    private TreasureHunt exercise(ExerciseSpec spec, HuntPurpose purpose, TreasureHunt baseline, ActionPlan plan, LocalDate today) {
        TreasureHunt hunt = TreasureHunt.blank();
        hunt.setTitle(spec.title());
        hunt.setPurpose(purpose);
        hunt.setHeldOn(today.plusMonths(spec.months()));
        hunt.placeIn(plan, baseline);
        sink.persist(hunt);
        sink.audit("CREATE", hunt, null);
        hunts++;
        return hunt;
    }

    private void answer(HuntsSpec spec, ExerciseSpec exercise, TreasureHunt hunt, List<HuntQuestion> questions,
                        Map<String, Actor> actors) {
        int next = 0;
        for (TeamSpec t : spec.teams()) {
            HuntTeam team = new HuntTeam(hunt, t.name(), t.actorKey() == null ? null : actors.get(t.actorKey()), t.people());
            sink.persist(team);
            sink.audit("CREATE", team, null);
            for (HuntQuestion question : questions) {
                String[] figures = exercise.answers().get(next).split(" ");
                HuntAnswer form = HuntAnswer.blank();
                form.setOutcome(AnswerOutcome.valueOf(figures[0]));
                form.setFormat("-".equals(figures[1]) ? null : DataFormat.valueOf(figures[1]));
                form.setStars("-".equals(figures[2]) ? null : Integer.valueOf(figures[2]));
                form.setMinutes("-".equals(figures[3]) ? null : Integer.valueOf(figures[3]));
                form.setUrl(exercise.url());
                HuntAnswer answer = HuntAnswer.of(team, question, form, next == 0 ? String.join("\n", exercise.route()) : null);
                sink.persist(answer);
                sink.audit("ANSWER", answer, null);
                next++;
            }
        }
    }
}
