package org.cocrea.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import org.cocrea.assistance.AssistanceRequest;
import org.cocrea.follow.FormTokens;

/**
 * /assistance: the public form of a state outside the program that asks for remote technical
 * assistance (issue 9), plain HTML posting to {@link AssistanceServlet}; stateless and never cached,
 * like /comment ({@link PublicPages#STATELESS_FORMS}). {@code r=sent}: it was sent; a refused post
 * renders it again in the same request ({@link RefusedPost}), the message beside its field and what was
 * typed in place.
 */
@Named("assistancePage")
@RequestScoped
public class AssistancePage {

    /** The outcomes the servlet sends back; anything else shows nothing. */
    static final Set<String> OUTCOMES = Set.of("sent", "follow.form.expired", "follow.tooMany",
            "assistance.stateName.required", "assistance.stateName.tooLong", "assistance.institution.required",
            "assistance.institution.tooLong", "assistance.need.required", "assistance.need.tooLong",
            "assistance.contactName.required", "assistance.contactName.tooLong", "assistance.consent.required",
            "follow.address.required", "follow.address.invalid");

    @Inject
    private FormTokens forms;

    @Inject
    private RefusedPost refused;

    private String outcome;

    public void load() {
        outcome = PublicForm.known(refused.isRefused() ? refused.getKey() : outcome, OUTCOMES);
    }

    /** Whether the refusal belongs beside this field (stateName, institution, need, contactName, address, consent). */
    public boolean refused(String field) {
        return outcome != null && (outcome.startsWith("assistance." + field + ".") || outcome.startsWith("follow." + field + "."));
    }

    /** A refusal that belongs to no field (an expired form, too many requests). */
    public boolean isGeneralRefusal() {
        return outcome != null && !"sent".equals(outcome) && !outcome.startsWith("assistance.") && !outcome.startsWith("follow.address.");
    }

    public String getFormToken() { return forms.fresh(); }
    public int getMaxStateName() { return AssistanceRequest.STATE_NAME; }
    public int getMaxInstitution() { return AssistanceRequest.INSTITUTION; }
    public int getMaxNeed() { return AssistanceRequest.NEED; }
    public int getMaxContactName() { return AssistanceRequest.CONTACT_NAME; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
}
