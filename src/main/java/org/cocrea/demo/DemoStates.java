package org.cocrea.demo;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.shared.Role;
import org.cocrea.actor.ActorKind;
import org.cocrea.actor.ActorType;
import org.cocrea.actor.Gender;
import org.cocrea.actor.SecretariatRole;
import org.cocrea.commitment.OpenGovernmentValue;
import org.cocrea.demo.DemoSpec.AgreementSpec;
import org.cocrea.demo.DemoSpec.AttendeeSpec;
import org.cocrea.demo.DemoSpec.CoCreationSpec;
import org.cocrea.demo.DemoSpec.CommitmentSpec;
import org.cocrea.demo.DemoSpec.DaySpec;
import org.cocrea.demo.DemoSpec.DraftingSpec;
import org.cocrea.demo.DemoSpec.FileSpec;
import org.cocrea.demo.DemoSpec.MaterialSpec;
import org.cocrea.demo.DemoSpec.MilestoneSpec;
import org.cocrea.demo.DemoSpec.MoreActorSpec;
import org.cocrea.demo.DemoSpec.PlanSpec;
import org.cocrea.demo.DemoSpec.PrioritySpec;
import org.cocrea.demo.DemoSpec.WorkSessionSpec;
import org.cocrea.demo.DemoSpec.StateSpec;
import org.cocrea.milestone.MilestoneStatus;
import org.cocrea.milestone.ReportLabel;
import org.cocrea.plan.Phase;
import org.cocrea.toolbox.MaterialKind;
import org.cocrea.toolbox.MaterialLanguage;
import org.cocrea.worksession.WorkSessionKind;

/**
 * Reads the demo content from {@code content.json} next to this class: the five Follow the Money
 * states with their secretariats, actors, people, the road to their plans (priorities, people
 * who came to the sessions) and their local action plans, plus what every state's road has in
 * common (its sessions and agreements, the drafting story, its own toolbox material) and the
 * shared toolbox. Everything
 * there is illustrative: plausible, not official data. Names of civil-society organizations and
 * people are invented.
 *
 * <p>The file mirrors {@link DemoSpec}: {@code sharedToolbox} (title, phase, language, kind,
 * description, fileName) and {@code states}, each with {@code code}, {@code name},
 * {@code secretariatName}, {@code remoteSupport} (default false), {@code timeZone} (default
 * Mexico City's), {@code actors} (key, type, name),
 * {@code people} (key, role, actor, fullName), {@code attendees} (actor, name, gender),
 * {@code priorities} (title, description, proposer, commitment: its index in the plan, absent
 * when not taken up; scores of the secretariat and the institute) and a {@code plan}: title
 * (with %1$d and %2$d for the cycle's years), {@code theory}, {@code commitments} with the whole
 * template ({@code draft}: true for a draft; {@code monthsAfterCycleStart}; {@code budget} of
 * {@code lastYear} and {@code thisYear} in pesos, null when unknown) and {@code milestones}
 * ({@code fromDay}/{@code toDay} relative to today, {@code weight}, {@code status}, default
 * NOT_STARTED, {@code responsibles}, {@code reports} with {@code links} and {@code files}: one of
 * {@code pdf} with title and lines, {@code csv} with header and rows, {@code png} with bars, or
 * {@code budgetCsv}). Enumerations are spelled as their Java constants.
 *
 * <p>{@code coCreation} is the road to every plan, the same in every state ({@link CoCreationSpec}):
 * {@code secretariatRoles} (actor key to role), {@code moreActors} (key, type, kind, gender,
 * {@code attendee}: whose name a person has, name), {@code priorityLink} and {@code diagnosis}
 * (the evidence of the priorities: a link on each, a {@code pdf} on the first one, whose lines are
 * its description), the {@code place} of in-person sessions and the {@code meetingLink} of remote
 * ones, {@code sessions} (kind, {@code heldOn}, title, {@code agenda} one item a line, topics,
 * minutes, {@code attendees}: how many of the state's come, {@code alsoAttending}, a
 * {@code material} pdf, {@code commitments} linked by index, {@code agreements} with text, owner,
 * {@code due}, commitment, {@code done} and {@code note}; days are {@code from} CYCLE_START or
 * TODAY plus {@code months} then {@code days}), the {@code draftingStory} (firstObjective,
 * request, answer) and the {@code stateToolbox} material. Its texts may use {@code {state}} (the
 * state's name) and {@code {code}} (its code in lower case); besides, a person's name
 * {@code {attendee}}, the diagnosis's title {@code {priority}} (the priority's title) and the
 * meeting link {@code {day}} (the session's date).
 *
 * <p>Actor keys used in every state: {@code contraloria}, {@code hacienda}, {@code salud},
 * {@code educacion}, {@code instituto}, {@code osc1} (the CSO of the {@code osc} account),
 * {@code osc2}, {@code osc3}, {@code academia}. People: {@code secretariado}, {@code instituto},
 * {@code osc}, {@code dependencia}, {@code evaluador}.
 */
final class DemoStates {

    static final String SECRETARIADO = "secretariado";
    static final String INSTITUTO = "instituto";
    static final String OSC = "osc";
    static final String DEPENDENCIA = "dependencia";
    static final String EVALUADOR = "evaluador";

    private static final String RESOURCE = "content.json";

    private DemoStates() {
    }

    /** The five states, read afresh on every call (callers may change what they get). */
    static List<StateSpec> all() {
        return objects(content(), "states").stream().map(DemoStates::state).toList();
    }

    /** The toolbox materials every state sees. */
    static List<MaterialSpec> sharedToolbox() {
        return objects(content(), "sharedToolbox").stream().map(DemoStates::material).toList();
    }

    /** The road to every plan, the same in every state. */
    static CoCreationSpec coCreation() {
        JsonObject o = content().getJsonObject("coCreation");
        Map<String, SecretariatRole> roles = new LinkedHashMap<>();
        o.getJsonObject("secretariatRoles").forEach((key, role) -> roles.put(key, SecretariatRole.valueOf(((JsonString) role).getString())));
        List<MoreActorSpec> moreActors = objects(o, "moreActors").stream()
                .map(a -> new MoreActorSpec(text(a, "key"), ActorType.valueOf(text(a, "type")), ActorKind.valueOf(text(a, "kind")),
                        gender(a), a.containsKey("attendee") ? a.getInt("attendee") : null, text(a, "name")))
                .toList();
        JsonObject drafting = o.getJsonObject("draftingStory");
        return new CoCreationSpec(roles, moreActors, text(o, "priorityLink"), file(o.getJsonObject("diagnosis")),
                text(o, "place"), text(o, "meetingLink"), objects(o, "sessions").stream().map(DemoStates::session).toList(),
                new DraftingSpec(text(drafting, "firstObjective"), text(drafting, "request"), text(drafting, "answer")),
                material(o.getJsonObject("stateToolbox")));
    }

    private static WorkSessionSpec session(JsonObject o) {
        List<AttendeeSpec> alsoAttending = objects(o, "alsoAttending").stream()
                .map(a -> new AttendeeSpec(text(a, "actor"), optionalText(a, "name"), gender(a)))
                .toList();
        List<AgreementSpec> agreements = objects(o, "agreements").stream()
                .map(a -> new AgreementSpec(text(a, "text"), text(a, "owner"), day(a.getJsonObject("due")),
                        a.containsKey("commitment") ? a.getInt("commitment") : null, a.getBoolean("done", false), optionalText(a, "note")))
                .toList();
        return new WorkSessionSpec(WorkSessionKind.valueOf(text(o, "kind")), day(o.getJsonObject("heldOn")), text(o, "title"),
                texts(o, "agenda"), text(o, "topics"), text(o, "minutes"), o.getInt("attendees"), alsoAttending,
                o.containsKey("material") ? file(o.getJsonObject("material")) : null,
                o.containsKey("commitments") ? Arrays.stream(ints(o, "commitments")).boxed().toList() : List.of(), agreements);
    }

    private static DaySpec day(JsonObject o) {
        return new DaySpec(DaySpec.From.valueOf(text(o, "from")), o.getInt("months", 0), o.getInt("days", 0));
    }

    private static MaterialSpec material(JsonObject o) {
        return new MaterialSpec(text(o, "title"), Phase.valueOf(text(o, "phase")), MaterialLanguage.valueOf(text(o, "language")),
                MaterialKind.valueOf(text(o, "kind")), text(o, "description"), text(o, "fileName"));
    }

    private static Gender gender(JsonObject o) {
        String gender = optionalText(o, "gender");
        return gender == null ? null : Gender.valueOf(gender);
    }

    static JsonObject content() {
        return resource(RESOURCE);
    }

    /** A JSON resource of the demo (content.json, social.json), read as UTF-8. */
    static JsonObject resource(String path) {
        InputStream in = DemoStates.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("demo content " + path + " not found");
        }
        try (JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.readObject();
        } finally {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static StateSpec state(JsonObject o) {
        StateSpec state = new StateSpec(text(o, "code"), text(o, "name"), text(o, "secretariatName"));
        state.remoteSupport = o.getBoolean("remoteSupport", false);
        state.timeZone = o.getString("timeZone", state.timeZone);
        for (JsonObject a : objects(o, "actors")) {
            state.actor(text(a, "key"), ActorType.valueOf(text(a, "type")), text(a, "name"));
        }
        for (JsonObject p : objects(o, "people")) {
            state.person(text(p, "key"), Role.valueOf(text(p, "role")), text(p, "actor"), text(p, "fullName"));
        }
        for (JsonObject a : objects(o, "attendees")) {
            state.attendees.add(new AttendeeSpec(text(a, "actor"), text(a, "name"), gender(a)));
        }
        for (JsonObject p : objects(o, "priorities")) {
            state.priorities.add(new PrioritySpec(text(p, "title"), optionalText(p, "description"), text(p, "proposer"),
                    p.getInt("commitment", -1), ints(p, "scores")));
        }
        state.evaluation = evaluation(o.getJsonObject("evaluation"));
        state.pastPlan = o.containsKey("pastPlan") ? plan(o.getJsonObject("pastPlan")) : null;
        return state.plan(plan(o.getJsonObject("plan")));
    }

    /** A state's evaluation, or null when the state has none. */
    private static DemoSpec.EvaluationSpec evaluation(JsonObject o) {
        if (o == null) {
            return null;
        }
        java.util.Map<String, java.util.Map<org.cocrea.evaluation.Item, String>> scores = new java.util.LinkedHashMap<>();
        JsonObject given = o.getJsonObject("scores");
        for (String evaluator : given.keySet()) {
            scores.put(evaluator, levels(given.getJsonObject(evaluator)));
        }
        List<Integer> differOn = o.containsKey("differOn")
                ? o.getJsonArray("differOn").getValuesAs(JsonNumber.class).stream().map(JsonNumber::intValueExact).toList() : List.of();
        return new DemoSpec.EvaluationSpec(DemoSpec.EvaluationStage.valueOf(text(o, "stage")), texts(o, "evaluators"), scores,
                differOn, text(o, "justification"), optionalText(o, "note"), optionalText(o, "reply"), pastResults(o.getJsonObject("past")));
    }

    /** The results of a state's past plan, or null when the evaluation has none. */
    private static DemoSpec.PastResults pastResults(JsonObject o) {
        if (o == null) {
            return null;
        }
        return new DemoSpec.PastResults(objects(o, "results").stream().map(DemoStates::levels).toList(), text(o, "justification"),
                optionalText(o, "reply"));
    }

    /** Levels by item, as {"ITEM": "LEVEL", …}. */
    private static java.util.Map<org.cocrea.evaluation.Item, String> levels(JsonObject o) {
        java.util.Map<org.cocrea.evaluation.Item, String> levels = new java.util.EnumMap<>(org.cocrea.evaluation.Item.class);
        o.forEach((item, level) -> levels.put(org.cocrea.evaluation.Item.valueOf(item), ((JsonString) level).getString()));
        return levels;
    }

    private static PlanSpec plan(JsonObject o) {
        JsonObject theory = o.getJsonObject("theory");
        PlanSpec plan = new PlanSpec(text(o, "title"))
                .theory(text(theory, "activities"), text(theory, "products"), text(theory, "results"), text(theory, "impact"));
        objects(o, "commitments").forEach(c -> plan.commitment(commitment(c)));
        return plan;
    }

    private static CommitmentSpec commitment(JsonObject o) {
        CommitmentSpec c = new CommitmentSpec(text(o, "title"))
                .problem(text(o, "problem"))
                .statusQuo(text(o, "statusQuo"))
                .objective(text(o, "objective"))
                .description(text(o, "description"))
                .howItSolves(text(o, "howItSolves"))
                .sdg(text(o, "sdg"))
                .gender(text(o, "gender"))
                .risk(text(o, "risk"))
                .program(text(o, "programKey"), text(o, "programName"))
                .funding(text(o, "fundingSource"))
                .sources(text(o, "dataSources"));
        if (o.getBoolean("draft", false)) {
            c.draft();
        }
        OpenGovernmentValue[] values = texts(o, "values").stream().map(OpenGovernmentValue::valueOf).toArray(OpenGovernmentValue[]::new);
        c.values(text(o, "valuesExplanation"), values[0], Arrays.copyOfRange(values, 1, values.length));
        c.actors(text(o, "lead"), texts(o, "coResponsibles").toArray(String[]::new));
        c.startMonths = o.getInt("monthsAfterCycleStart", 0);
        JsonObject budget = o.getJsonObject("budget");
        JsonObject last = budget.getJsonObject("lastYear");
        JsonObject now = budget.getJsonObject("thisYear");
        c.budget(optionalText(last, "approved"), optionalText(last, "modified"), optionalText(last, "spent"),
                optionalText(now, "approved"), optionalText(now, "modified"), optionalText(now, "spent"));
        objects(o, "milestones").forEach(m -> c.milestone(milestone(m)));
        return c;
    }

    private static MilestoneSpec milestone(JsonObject o) {
        MilestoneSpec m = new MilestoneSpec(text(o, "title"), text(o, "deliverable"))
                .days(o.getInt("fromDay"), o.getInt("toDay"))
                .status(MilestoneStatus.valueOf(o.getString("status", MilestoneStatus.NOT_STARTED.name())))
                .by(texts(o, "responsibles").toArray(String[]::new));
        if (o.containsKey("weight")) {
            m.weight(o.getInt("weight"));
        }
        for (JsonObject a : objects(o, "activities")) {
            m.activity(new DemoSpec.ActivitySpec(text(a, "title"), a.getInt("fromDay"), a.getInt("toDay"), text(a, "responsible"),
                    org.cocrea.milestone.ActivityStatus.valueOf(a.getString("status", "PENDING"))));
        }
        for (JsonObject r : objects(o, "reports")) {
            m.report(text(r, "author"), r.getInt("percent"), ReportLabel.valueOf(text(r, "label")), text(r, "narrative"));
            texts(r, "links").forEach(m::link);
            objects(r, "files").forEach(f -> m.file(file(f)));
            texts(r, "ticks").forEach(m::ticks);
        }
        return m;
    }

    private static FileSpec file(JsonObject o) {
        if (o.containsKey("pdf")) {
            return FileSpec.pdf(text(o, "pdf"), text(o, "title"), texts(o, "lines").toArray(String[]::new));
        } else if (o.containsKey("csv")) {
            return FileSpec.csv(text(o, "csv"), text(o, "header"), texts(o, "rows").toArray(String[]::new));
        } else if (o.containsKey("png")) {
            return FileSpec.png(text(o, "png"), ints(o, "bars"));
        } else if (o.containsKey("budgetCsv")) {
            return FileSpec.budgetCsv(text(o, "budgetCsv"));
        }
        throw new IllegalStateException("demo content: a file that is none of pdf, csv, png, budgetCsv: " + o);
    }

    // ---------------------------------------------------------------------------------------------

    private static String text(JsonObject o, String key) {
        String value = optionalText(o, key);
        if (value == null) {
            throw new IllegalStateException("demo content: no \"" + key + "\" in " + o);
        }
        return value;
    }

    /** The string at key, or null when the key is absent or null. */
    private static String optionalText(JsonObject o, String key) {
        JsonValue value = o.get(key);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : ((JsonString) value).getString();
    }

    /** The objects of the array at key; none when the key is absent. */
    private static List<JsonObject> objects(JsonObject o, String key) {
        return o.containsKey(key) ? o.getJsonArray(key).getValuesAs(JsonObject.class) : List.of();
    }

    private static List<String> texts(JsonObject o, String key) {
        return o.containsKey(key) ? o.getJsonArray(key).getValuesAs(JsonString::getString) : List.of();
    }

    private static int[] ints(JsonObject o, String key) {
        return o.getJsonArray(key).getValuesAs(JsonNumber.class).stream().mapToInt(JsonNumber::intValueExact).toArray();
    }
}
