package org.cocrea.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.dashboard.ProgressBadge;
import org.cocrea.milestone.ProgressBoard;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.PlanService;
import org.cocrea.shared.Progress;

/**
 * The embeddable progress badges (issue 14): {@code /api/v1/badges/commitment/{id}.svg} and
 * {@code /api/v1/badges/plan/{id}.svg}, an SVG image of the public progress of a public commitment
 * or plan ({@link ProgressBadge}), in Spanish or, with {@code ?lang=en}, English. Cached: an
 * {@code ETag} of the image (a conditional GET is answered 304), {@code Cache-Control} of five
 * minutes, readable from any origin. A draft or missing record is 404, as everywhere in the API.
 */
@Path("v1/badges")
@Produces(BadgeResource.SVG)
public class BadgeResource {

    static final String SVG = "image/svg+xml";

    @Inject
    private CommitmentService commitments;

    @Inject
    private PlanService plans;

    @Inject
    private ProgressBoard board;

    @Context
    private Request conditional;

    @GET
    @Path("commitment/{id}.svg")
    public Response commitment(@PathParam("id") String id, @QueryParam("lang") String lang) {
        long commitmentId = OpenDataResource.id("id", id);
        String title = commitments.publishedText(commitmentId).getTemplate().getTitle();
        Progress progress = board.byCommitment(List.of(commitmentId), true)
                .getOrDefault(commitmentId, ProgressBoard.none()).progress();
        return badge(lang, "dashboard.badge.commitment", title, progress);
    }

    @GET
    @Path("plan/{id}.svg")
    public Response plan(@PathParam("id") String id, @QueryParam("lang") String lang) {
        ActionPlan plan = plans.published(OpenDataResource.id("id", id));
        Progress progress = board.publicByPlan(List.of(plan.getId())).getOrDefault(plan.getId(), ProgressBoard.none()).progress();
        return badge(lang, "dashboard.badge.plan", plan.getTitle(), progress);
    }

    private Response badge(String lang, String titleKey, String name, Progress progress) {
        ResourceBundle texts = ResourceBundle.getBundle("org.cocrea.web.messages",
                "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("es-MX"));
        String value = progress.isComputable() ? progress.rounded() + " %" : texts.getString("dashboard.badge.none");
        String svg = ProgressBadge.svg(texts.getString("dashboard.badge.label"), progress,
                new MessageFormat(texts.getString(titleKey), texts.getLocale()).format(new Object[] {name, value}));
        EntityTag tag = new EntityTag(PublicDataResource.sha256(svg));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        Response.ResponseBuilder notModified = conditional.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified : Response.ok(svg, SVG + ";charset=UTF-8");
        return answer.tag(tag).cacheControl(cache).header("Access-Control-Allow-Origin", "*").build();
    }
}
