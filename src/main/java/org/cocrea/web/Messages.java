package org.cocrea.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.cocrea.commitment.IncompleteCommitmentException;
import org.cocrea.shared.BundleText;
import org.cocrea.shared.DomainException;

/** Messages for the user, always from the bundle, in the language of the view. */
public final class Messages {

    static final String BUNDLE = BundleText.BUNDLE;

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot() != null ? context.getViewRoot().getLocale() : context.getApplication().getDefaultLocale();
        return text(locale, key, arguments);
    }

    /** A text in a given language (for code that runs outside a view, and tests). */
    public static String text(Locale locale, String key, Object... arguments) {
        return BundleText.of(locale, key, arguments);
    }

    /** The text of a specific key when the bundle has it, else of the general one. */
    static String textOr(String specificKey, String generalKey) {
        String specific = text(specificKey);
        return specific.equals(specificKey) ? text(generalKey) : specific;
    }

    /** A confirmation that survives the redirect that usually follows a save. */
    public static void saved(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    public static void error(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
    }

    /**
     * Shows a refused business rule: next to the input whose id is the rule's field when the
     * view has one, else at the top of the page.
     */
    static void refusal(FacesContext context, DomainException refusal) {
        String summary = text(refusal.messageKey(), refusal.arguments());
        if (refusal instanceof IncompleteCommitmentException incomplete) {
            for (String field : incomplete.missingFields()) {
                addNextTo(context, field, textOr("validation.requiredToPublish." + field, "validation.requiredToPublish"));
            }
        }
        if (refusal.field() == null || !addNextTo(context, refusal.field(), summary)) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
        }
    }

    /**
     * Finds the component whose id is the field's name: preferably an input of the form that was
     * submitted (several forms on a page may have a "title"), else any input, else any component
     * (a panel standing for a group of inputs).
     */
    private static boolean addNextTo(FacesContext context, String field, String text) {
        List<UIComponent> matches = new ArrayList<>();
        // rendered components only: a message has no place in what is not shown, and visiting an unrendered
        // repeat would evaluate its value (an expression the page may not even offer)
        context.getViewRoot().visitTree(VisitContext.createVisitContext(context, null,
                java.util.EnumSet.of(jakarta.faces.component.visit.VisitHint.SKIP_UNRENDERED)), (visit, component) -> {
            if (field.equals(component.getId())) {
                matches.add(component);
            }
            return VisitResult.ACCEPT;
        });
        UIComponent target = matches.stream().filter(c -> c instanceof UIInput && inSubmittedForm(c)).findFirst()
                .or(() -> matches.stream().filter(c -> c instanceof UIInput).findFirst())
                .or(() -> matches.stream().findFirst())
                .orElse(null);
        if (target == null) {
            return false;
        }
        context.addMessage(target.getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        if (target instanceof UIInput input) {
            if (input.getSubmittedValue() == null && input.getValue() instanceof String typed) {
                input.setSubmittedValue(typed); // else PrimeFaces renders an invalid input empty: keep what was typed
            } else if (input.getSubmittedValue() == null) {
                // a date or a number: what the person typed, as the request carried it (a date picker's text
                // comes as clientId_input)
                Map<String, String> sent = context.getExternalContext().getRequestParameterMap();
                String clientId = target.getClientId(context);
                String typed = sent.containsKey(clientId + "_input") ? sent.get(clientId + "_input") : sent.get(clientId);
                if (typed != null) {
                    input.setSubmittedValue(typed);
                }
            }
            input.setValid(false);
        }
        return true;
    }

    private static boolean inSubmittedForm(UIComponent component) {
        for (UIComponent parent = component.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof UIForm form) {
                return form.isSubmitted();
            }
        }
        return false;
    }
}
