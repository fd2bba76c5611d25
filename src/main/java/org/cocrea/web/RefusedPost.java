package org.cocrea.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cocrea.shared.DomainException;

/**
 * A plain public form's post that was refused (/follow, /comment, /assistance, /file-complaint): its
 * servlet does not redirect, it forwards the same request to the form page ({@link #forward}), which
 * renders the message beside its field and what the visitor typed in place. The refusal travels as a
 * request attribute and the typed text as the post's own parameters: nothing goes into an address, a
 * session or a log, so a complainant's or a commenter's name and contact stay where they were typed.
 * Files are never sent back: a browser cannot be given a file to upload, so they are chosen again.
 * Without a refusal forwarded in this request nothing is typed in (an address cannot fill a form).
 */
@Named("refusedPost")
@RequestScoped
public class RefusedPost {

    /** The request attribute holding the refusal. */
    static final String REFUSAL = RefusedPost.class.getName();

    /** Renders the form page ({@code view}, e.g. {@code /comment.xhtml}) for this refused post, in the same request. */
    static void forward(HttpServletRequest request, HttpServletResponse response, String view, DomainException refusal)
            throws ServletException, IOException {
        request.setAttribute(REFUSAL, refusal);
        request.getRequestDispatcher(view).forward(request, response);
    }

    /** The refusal forwarded with this request, or null. */
    public DomainException getRefusal() {
        Object refusal = external().getRequestMap().get(REFUSAL);
        return refusal instanceof DomainException e ? e : null;
    }

    /** Whether this request is a refused post shown again. */
    public boolean isRefused() {
        return getRefusal() != null;
    }

    /** The refusal's message key, or null. */
    public String getKey() {
        DomainException refusal = getRefusal();
        return refusal == null ? null : refusal.messageKey();
    }

    /** What the visitor typed in that field of the refused post; null when no post was refused. */
    public String typed(String field) {
        return isRefused() ? external().getRequestParameterMap().get(field) : null;
    }

    /** Whether the visitor had ticked that box ({@code value}) in the refused post. */
    public boolean ticked(String field, String value) {
        return value.equals(typed(field));
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
