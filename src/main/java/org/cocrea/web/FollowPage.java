package org.cocrea.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import org.cocrea.follow.FollowService;
import org.cocrea.follow.FollowTarget;
import org.cocrea.follow.Follower;
import org.cocrea.follow.FormTokens;

/**
 * /follow: following by e-mail, without signing in (issue 13). With {@code target} and {@code id} it shows
 * the follow form of a state, plan or commitment the public may read (any other is not found); with
 * {@code confirm} or {@code stop} (the signed links of the mails) a button that confirms or stops; with
 * {@code r} the outcome of a post to {@link FollowServlet}. Its forms are plain HTML posting to that
 * servlet, so the page keeps nothing on the server ({@link PublicPages#isStatelessForm}); it is not
 * cached, because each form carries a fresh signed token.
 */
@Named("followPage")
@RequestScoped
public class FollowPage {

    /** The outcomes {@link FollowServlet} sends back; anything else shows nothing. */
    static final Set<String> OUTCOMES = Set.of("sent", "confirmed", "stopped", "invalid", "tooMany", "expired", "address");

    @Inject
    private FollowService service;

    @Inject
    private FormTokens forms;

    @Inject
    private RefusedPost refused;

    private String target;
    private Long id;
    private String outcome;
    private String confirm;
    private String stop;
    private FollowService.Target followed;
    private boolean linkValid;

    public void load() {
        if (target != null || id != null) {
            followed = service.target(FollowTarget.parse(target), id == null ? -1 : id);
        }
        String link = confirm != null ? confirm : stop;
        linkValid = link != null && service.isValid(link);
        if (refused.isRefused()) {
            outcome = outcomeOf(refused.getKey());
        }
        if (outcome != null && !OUTCOMES.contains(outcome)) {
            outcome = null;
        }
    }

    /** A refused request told as an outcome: too many, an expired form, else the address beside its field. */
    private static String outcomeOf(String refusal) {
        return switch (refusal) {
            case "follow.tooMany" -> "tooMany";
            case "follow.form.expired" -> "expired";
            default -> "address";
        };
    }

    /** A fresh signed token for the form. */
    public String getFormToken() {
        return forms.fresh();
    }

    public int getMaxAddress() {
        return Follower.MAX_ADDRESS;
    }

    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getConfirm() { return confirm; }
    public void setConfirm(String confirm) { this.confirm = confirm; }
    public String getStop() { return stop; }
    public void setStop(String stop) { this.stop = stop; }
    public FollowService.Target getFollowed() { return followed; }
    public boolean isLinkValid() { return linkValid; }
}
