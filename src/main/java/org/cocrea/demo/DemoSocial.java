package org.cocrea.demo;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cocrea.account.Account;
import org.cocrea.actor.Actor;
import org.cocrea.plan.ActionPlan;
import org.cocrea.social.AnswerKind;
import org.cocrea.social.Complaint;
import org.cocrea.social.ComplaintRoute;
import org.cocrea.social.ComplaintSource;
import org.cocrea.social.ConditionCheck;
import org.cocrea.social.Finding;
import org.cocrea.social.FollowUpStatus;
import org.cocrea.social.GroupVisit;
import org.cocrea.social.ProgramCondition;
import org.cocrea.social.ProgramRisk;
import org.cocrea.social.ProgramScore;
import org.cocrea.social.Recommendation;
import org.cocrea.social.RiskDimension;
import org.cocrea.social.Roadmap;
import org.cocrea.social.RoadmapStatus;
import org.cocrea.social.SocialProgram;
import org.cocrea.social.VigilanceGroup;
import org.cocrea.social.VisitCheck;
import org.cocrea.state.State;

/**
 * The demo's social programs (issue 15), from {@code org/cocrea/demo/social.json} by state code:
 * programs with their money and scores, risks with a review history, recommendations answered,
 * pending and overdue, the institutional conditions checklist, vigilance groups with their members,
 * visits and findings (some published), and complaints in every status (from a finding or from
 * citizens, anonymous or with an identity sealed as {@link org.cocrea.social.ComplaintService} seals
 * it); and the state's published roadmap with its three parts and its dialogue with decision makers
 * ({@link DemoDialogue}). Built through the entities' rules;
 * days are counted in months from today in the state.
 */
final class DemoSocial {

    private static final String RESOURCE = "social.json";

    private final DemoBuilder.Sink sink;
    private final Clock clock;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JsonObject content = DemoStates.resource(RESOURCE);
    int programs;
    /** The state's recommendations, program by program, in the content's order (for its dialogue's agreements). */
    private final List<List<Recommendation>> recommendations = new ArrayList<>();

    DemoSocial(DemoBuilder.Sink sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
    }

    void build(State state, ActionPlan plan, Map<String, Actor> actors, Map<String, Account> people, LocalDate today) {
        if (!content.containsKey(state.getCode())) {
            return;
        }
        String secretariat = people.get(DemoStates.SECRETARIADO).getUsername();
        for (JsonObject p : content.getJsonArray(state.getCode()).getValuesAs(JsonObject.class)) {
            SocialProgram program = program(state, p, actors, people, today);
            conditions(program, p.getJsonArray("conditions").getValuesAs(JsonObject.class), secretariat, today);
            List<Finding> findings = new ArrayList<>();
            for (JsonObject g : p.getJsonArray("groups").getValuesAs(JsonObject.class)) {
                findings.addAll(group(program, g, actors, secretariat, today));
            }
            for (JsonObject c : p.getJsonArray("complaints").getValuesAs(JsonObject.class)) {
                complaint(program, c, findings, today);
            }
        }
        JsonObject roadmaps = content.getJsonObject("roadmaps");
        if (roadmaps.containsKey(state.getCode())) {
            JsonObject roadmap = roadmaps.getJsonObject(state.getCode());
            roadmap(state, roadmap, today);
            if (roadmap.containsKey("dialogueSession")) {
                DemoDialogue.build(sink, plan, roadmap.getJsonObject("dialogueSession"), actors, recommendations, secretariat, today);
            }
        }
    }

    /** The program's checklist, one answer per active condition in their order (as many as both have). */
    private void conditions(SocialProgram program, List<JsonObject> answers, String secretariat, LocalDate today) {
        List<ProgramCondition> conditions = sink.programConditions();
        for (int i = 0; i < Math.min(conditions.size(), answers.size()); i++) {
            ConditionCheck check = new ConditionCheck(program, conditions.get(i));
            check.record(answers.get(i).getBoolean("met"), answers.get(i).getString("note", null), today, secretariat);
            sink.persist(check);
            sink.audit("CREATE", check, null);
        }
    }

    /** A vigilance group with its members, then its visits and their findings; returns the findings, visit by visit. */
    private List<Finding> group(SocialProgram program, JsonObject g, Map<String, Actor> actors, String secretariat, LocalDate today) {
        VigilanceGroup group = VigilanceGroup.blank();
        group.setName(g.getString("name"));
        group.setPlace(g.getString("place"));
        group.setConstitutedOn(today.minusMonths(g.getInt("constitutedMonths")));
        group.constitute(program, today);
        for (JsonObject m : g.getJsonArray("members").getValuesAs(JsonObject.class)) {
            group.addMember(m.getString("name"), m.containsKey("actor") ? actor(actors, m.getString("actor")) : null,
                    m.getString("contact", null));
        }
        sink.persist(group);
        sink.audit("CREATE", group, null);
        List<Finding> findings = new ArrayList<>();
        for (JsonObject v : g.getJsonArray("visits").getValuesAs(JsonObject.class)) {
            GroupVisit visit = group.visit(today.minusMonths(v.getInt("months")), v.getString("place"), VisitCheck.valueOf(v.getString("checked")),
                    v.getString("notes", null), today, secretariat);
            sink.persist(visit);
            sink.audit("VISIT", visit, null);
            for (JsonObject f : v.getJsonArray("findings").getValuesAs(JsonObject.class)) {
                Finding finding = visit.find(f.getString("description"), f.getBoolean("forRiskReview", false));
                sink.persist(finding);
                sink.audit("CREATE", finding, null);
                if (f.getBoolean("published")) {
                    var before = finding.auditSnapshot();
                    finding.publish(true);
                    sink.audit("PUBLISH", finding, before);
                }
                findings.add(finding);
            }
        }
        return findings;
    }

    /**
     * A complaint received {@code months} before today, from a finding of the program's groups (by its
     * place in their visits' order) or from a citizen (anonymous unless a name or contact is given:
     * sealed by the cipher), then channelled, answered and closed as far as the content says.
     */
    private void complaint(SocialProgram program, JsonObject c, List<Finding> findings, LocalDate today) {
        Finding finding = c.containsKey("finding") ? findings.get(c.getInt("finding")) : null;
        Complaint complaint = new Complaint(program, finding == null ? ComplaintSource.PUBLIC : ComplaintSource.GROUP, finding,
                c.getString("what"), c.getString("name", null), c.getString("contact", null), today.minusMonths(c.getInt("months")),
                sink.identityCipher(), RANDOM);
        sink.persist(complaint);
        sink.audit("CREATE", complaint, null);
        if (c.containsKey("channelledMonths")) {
            var before = complaint.auditSnapshot();
            complaint.channel(ComplaintRoute.valueOf(c.getString("route")), c.getString("authority"), today.minusMonths(c.getInt("channelledMonths")));
            sink.audit("CHANNEL", complaint, before);
        }
        if (c.containsKey("answeredMonths")) {
            var before = complaint.auditSnapshot();
            complaint.answer(c.getString("answer"), today.minusMonths(c.getInt("answeredMonths")));
            sink.audit("ANSWER", complaint, before);
        }
        if (c.containsKey("closedMonths")) {
            var before = complaint.auditSnapshot();
            complaint.close(today.minusMonths(c.getInt("closedMonths")));
            sink.audit("CLOSE", complaint, before);
        }
    }

    /** The state's roadmap: from the first of the month {@code startMonths} before today, for {@code years} years; published. */
    private void roadmap(State state, JsonObject r, LocalDate today) {
        Roadmap roadmap = Roadmap.blank();
        LocalDate start = today.minusMonths(r.getInt("startMonths")).withDayOfMonth(1);
        LocalDate end = start.plusYears(r.getInt("years")).minusDays(1);
        roadmap.setTitle(DemoSpec.fill(r.getString("title"), "from", String.valueOf(start.getYear()), "to", String.valueOf(end.getYear())));
        roadmap.setPeriodStart(start);
        roadmap.setPeriodEnd(end);
        roadmap.setRisksStatus(RoadmapStatus.valueOf(r.getString("risks")));
        roadmap.setRecommendationsStatus(RoadmapStatus.valueOf(r.getString("recommendations")));
        roadmap.setDialogueStatus(RoadmapStatus.valueOf(r.getString("dialogue")));
        roadmap.setDialogueNote(r.getString("dialogueNote", null));
        roadmap.placeIn(state);
        sink.persist(roadmap);
        sink.audit("CREATE", roadmap, null);
        if (r.getBoolean("published")) {
            var before = roadmap.auditSnapshot();
            roadmap.publish(true);
            sink.audit("PUBLISH", roadmap, before);
        }
    }

    private SocialProgram program(State state, JsonObject p, Map<String, Actor> actors, Map<String, Account> people, LocalDate today) {
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

        List<Recommendation> ofProgram = new ArrayList<>();
        recommendations.add(ofProgram);
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
            ofProgram.add(recommendation);
        }
        return program;
    }

    private static BigDecimal amount(JsonObject year, String name) {
        JsonValue value = year.get(name);
        return value == null || value == JsonValue.NULL ? null : new BigDecimal(((JsonString) value).getString());
    }

    static Actor actor(Map<String, Actor> actors, String key) {
        Actor actor = actors.get(key);
        if (actor == null) {
            throw new IllegalStateException("social.json names an actor the state does not have: " + key);
        }
        return actor;
    }
}
