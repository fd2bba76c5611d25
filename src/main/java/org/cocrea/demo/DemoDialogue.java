package org.cocrea.demo;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.cocrea.actor.Actor;
import org.cocrea.actor.Gender;
import org.cocrea.plan.ActionPlan;
import org.cocrea.social.Recommendation;
import org.cocrea.state.SupportMode;
import org.cocrea.worksession.Agreement;
import org.cocrea.worksession.WorkSession;
import org.cocrea.worksession.WorkSessionKind;
import org.cocrea.worksession.WorkSessionMode;

/**
 * A demo roadmap's dialogue with decision makers (issue 15), from its {@code dialogueSession} in
 * {@code social.json}: a session of kind {@link WorkSessionKind#DIALOGUE} under the state's plan (online
 * when the state is supported remotely, like its other sessions), the authorities and others that
 * attended, and agreements tied to the state's recommendations, some already done. Built through the
 * entities' rules; days counted in months from today in the state.
 */
final class DemoDialogue {

    private DemoDialogue() {
    }

    /** The dialogue; {@code recommendations} are the state's, program by program, in the content's order. */
    static void build(DemoBuilder.Sink sink, ActionPlan plan, JsonObject d, Map<String, Actor> actors,
                      List<List<Recommendation>> recommendations, String secretariat, LocalDate today) {
        boolean remote = plan.getState().getSupportMode() == SupportMode.REMOTE;
        WorkSession session = new WorkSession(plan, WorkSessionKind.DIALOGUE, remote ? WorkSessionMode.REMOTE : WorkSessionMode.IN_PERSON,
                d.getString("title"), today.minusMonths(d.getInt("months")), d.getString("where"));
        session.setStartTime(LocalTime.of(11, 0));
        session.setAgenda(String.join("\n", d.getJsonArray("agenda").getValuesAs(JsonString::getString)));
        session.setTopics(d.getString("topics"));
        session.setMinutes(d.getString("minutes"));
        session.checkDetails();
        for (JsonObject a : d.getJsonArray("attendees").getValuesAs(JsonObject.class)) {
            session.addAttendance(DemoSocial.actor(actors, a.getString("actor")), a.getString("name", null),
                    a.containsKey("gender") ? Gender.valueOf(a.getString("gender")) : null);
        }
        sink.persist(session);
        sink.audit("CREATE", session, null);
        for (JsonObject g : d.getJsonArray("agreements").getValuesAs(JsonObject.class)) {
            Recommendation about = recommendations.get(g.getInt("program")).get(g.getInt("recommendation"));
            Agreement agreement = new Agreement(session, g.getString("text"), DemoSocial.actor(actors, g.getString("owner")),
                    today.plusMonths(g.getInt("dueMonths")), null, about);
            if (g.containsKey("done")) {
                JsonObject done = g.getJsonObject("done");
                agreement.markDone(done.getString("note", null), secretariat, today.minusMonths(done.getInt("months")));
            }
            sink.persist(agreement);
            sink.audit("CREATE", agreement, null);
        }
    }
}
