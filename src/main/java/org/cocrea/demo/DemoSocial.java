package org.cocrea.demo;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cocrea.account.Account;
import org.cocrea.actor.Actor;
import org.cocrea.social.AnswerKind;
import org.cocrea.social.FollowUpStatus;
import org.cocrea.social.ProgramRisk;
import org.cocrea.social.ProgramScore;
import org.cocrea.social.Recommendation;
import org.cocrea.social.RiskDimension;
import org.cocrea.social.SocialProgram;
import org.cocrea.state.State;

/**
 * The demo's social programs (issue 15), from {@code org/cocrea/demo/social.json} by state code:
 * programs with their money and scores, risks with a review history, and recommendations answered,
 * pending and overdue. Built through the entities' rules; days are counted in months from today in
 * the state.
 */
final class DemoSocial {

    private static final String RESOURCE = "social.json";

    private final DemoBuilder.Sink sink;
    private final Clock clock;
    private final JsonObject content = DemoStates.resource(RESOURCE);
    int programs;

    DemoSocial(DemoBuilder.Sink sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
    }

    void build(State state, Map<String, Actor> actors, Map<String, Account> people, LocalDate today) {
        if (!content.containsKey(state.getCode())) {
            return;
        }
        for (JsonObject p : content.getJsonArray(state.getCode()).getValuesAs(JsonObject.class)) {
            program(state, p, actors, people, today);
        }
    }

    private void program(State state, JsonObject p, Map<String, Actor> actors, Map<String, Account> people, LocalDate today) {
        SocialProgram program = SocialProgram.blank();
        program.setName(p.getString("name"));
        program.setBudgetProgramKey(p.getString("key", null));
        program.setFundingSource(p.getString("funding", null));
        program.setTargetPopulation(p.getString("population", null));
        program.setBeneficiariesPlanned(p.getInt("planned"));
        program.setBeneficiariesReached(p.getInt("reached"));
        program.setRulesUrl(p.getString("rulesUrl", null));
        program.setOpenData(String.join("\n", p.getJsonArray("openData").getValuesAs(JsonString::getString)));
        program.placeIn(state, actor(actors, p.getString("agency")));
        for (JsonObject y : p.getJsonArray("years").getValuesAs(JsonObject.class)) {
            program.putYear(today.getYear() - y.getInt("back"), amount(y, "approved"), amount(y, "modified"), amount(y, "spent"));
        }
        if (p.getBoolean("published", false)) {
            program.publish();
        }
        sink.persist(program);
        sink.audit("CREATE", program, null);
        programs++;
        p.getJsonObject("scores").forEach((person, score) -> {
            ProgramScore scored = new ProgramScore(program, people.get(person), ((jakarta.json.JsonNumber) score).intValue(), clock.instant());
            sink.persist(scored);
            sink.audit("SCORE", scored, null);
        });

        List<ProgramRisk> risks = new ArrayList<>();
        for (JsonObject r : p.getJsonArray("risks").getValuesAs(JsonObject.class)) {
            ProgramRisk risk = ProgramRisk.blank();
            risk.setDimension(RiskDimension.valueOf(r.getString("dimension")));
            risk.setDescription(r.getString("description"));
            risk.setDescriptionPublic(r.getBoolean("public", false));
            risk.setControls(r.getString("controls", null));
            risk.setEvidence(r.getString("evidence", null));
            risk.setIdentifiedOn(today.minusMonths(r.getInt("months")));
            risk.identify(program, r.getInt("likelihood"), r.getInt("impact"), today);
            sink.persist(risk);
            sink.audit("CREATE", risk, null);
            for (JsonObject v : r.getJsonArray("reviews").getValuesAs(JsonObject.class)) {
                var before = risk.auditSnapshot();
                sink.persist(risk.review(today.minusMonths(v.getInt("months")), v.getInt("likelihood"), v.getInt("impact"),
                        v.getString("changed"), people.get(DemoStates.SECRETARIADO).getUsername(), today));
                sink.audit("REVIEW", risk, before);
            }
            risks.add(risk);
        }

        for (JsonObject r : p.getJsonArray("recommendations").getValuesAs(JsonObject.class)) {
            Recommendation recommendation = Recommendation.blank();
            recommendation.setWhat(r.getString("what"));
            recommendation.setAnswerDueOn(today.plusMonths(r.getInt("dueMonths")));
            recommendation.placeIn(program, actor(actors, r.getString("to")),
                    r.getJsonArray("risks").getValuesAs(jakarta.json.JsonNumber.class).stream().map(i -> risks.get(i.intValue())).toList());
            if (r.containsKey("answer")) {
                JsonObject a = r.getJsonObject("answer");
                recommendation.answer(AnswerKind.valueOf(a.getString("kind")), a.getString("text"), today.minusMonths(a.getInt("months")), today);
            }
            if (r.containsKey("followUp")) {
                JsonObject f = r.getJsonObject("followUp");
                recommendation.followUp(FollowUpStatus.valueOf(f.getString("status")), f.getString("note"),
                        today.minusMonths(f.getInt("months")), today);
            }
            sink.persist(recommendation);
            sink.audit("CREATE", recommendation, null);
        }
    }

    private static BigDecimal amount(JsonObject year, String name) {
        JsonValue value = year.get(name);
        return value == null || value == JsonValue.NULL ? null : new BigDecimal(((JsonString) value).getString());
    }

    private static Actor actor(Map<String, Actor> actors, String key) {
        Actor actor = actors.get(key);
        if (actor == null) {
            throw new IllegalStateException("social.json names an actor the state does not have: " + key);
        }
        return actor;
    }
}
