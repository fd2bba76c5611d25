package org.cocrea.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.util.Iterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.Map;
import java.util.logging.Logger;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.primefaces.csp.CspException;

/**
 * A business rule that says no (a {@link DomainException} thrown by a service, whose transaction
 * is then rolled back) is not an error of the application: it becomes a message for the user,
 * next to the input whose id is the rule's field, and the page is shown again with what they
 * typed. Backing beans therefore need no try/catch around service calls.
 *
 * <p>Opening a page (GET) of a record that is absent or that the caller may not see answers 404
 * either way: nobody learns that a record of another state exists (the refusal is logged).
 * Input no page sends (a tampered parameter, a view state of another page) answers a full page
 * with 400. A post of a page left by a redirect to another page (the browser's back button, then
 * the old form again: Faces dropped that view's map, and PrimeFaces' CSP nonce with it) is answered
 * as an expired page, running nothing. The rest goes on to PrimeFaces' handler, which names no exception
 * ({@link QuietPrimeExceptionHandler}): in an ajax request the layout's "something went wrong"
 * dialog, else the error pages of web.xml.
 */
public class DomainExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(DomainExceptionHandler.class.getName());

    public DomainExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        boolean expired = false;
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable exception = events.next().getContext().getException();
            DomainException refusal = find(exception);
            if (refusal == null && isLeftViewPosted(context, exception)) {
                events.remove();
                LOG.log(Level.FINE, "A form of a page left by a redirect was posted again", exception);
                expired = true;
            } else if (refusal != null && !context.isPostback() && isMissingOrForbidden(refusal)) {
                events.remove();
                if (refusal instanceof AccessDeniedException) {
                    LOG.log(Level.INFO, "Refused to show {0} to {1}: {2}", new Object[] {
                            context.getExternalContext().getRequestServletPath(),
                            context.getExternalContext().getRemoteUser(), refusal.messageKey()});
                }
                answer(context, 404);
            } else if (refusal != null) {
                events.remove();
                Messages.refusal(context, refusal);
                context.validationFailed();
                context.renderResponse();
            } else if ((isBadInput(exception) || isForeignViewState(context, exception))
                    && !context.getPartialViewContext().isAjaxRequest()
                    && !context.getExternalContext().isResponseCommitted()) {
                events.remove();
                LOG.log(Level.FINE, "Refused input no page sends", exception);
                answer(context, 400);
            }
        }
        if (expired) {
            // answered by the handler behind, exactly as an expired view is: web.xml's page for it
            ViewExpiredException asExpired = new ViewExpiredException("The page was left by a redirect", context.getViewRoot().getViewId());
            getWrapped().processEvent(new ExceptionQueuedEvent(context, new ExceptionQueuedEventContext(context, asExpired)));
        }
        getWrapped().handle();
    }

    /**
     * A form posted again from a page whose action already redirected to another view: Faces
     * dropped that view's map on leaving it, and with it the CSP nonce PrimeFaces keeps there, so
     * PrimeFaces fails the post for a missing nonce ({@link CspException}). Recognised by what is
     * missing, not by the message: a restored view whose map holds no nonce, and none posted. A
     * nonce posted wrong, or one other than the view's, stays input no page sends (400).
     */
    private static boolean isLeftViewPosted(FacesContext context, Throwable throwable) {
        if (!context.isPostback() || context.getViewRoot() == null || context.getViewRoot().isTransient()
                || context.getPartialViewContext().isAjaxRequest() || context.getExternalContext().isResponseCommitted()
                || !isCspFailure(throwable)) {
            return false;
        }
        Map<String, Object> viewMap = context.getViewRoot().getViewMap(false);
        String posted = context.getExternalContext().getRequestParameterMap().get(ViewNonce.NONCE);
        return (viewMap == null || !viewMap.containsKey(ViewNonce.NONCE)) && (posted == null || posted.isBlank());
    }

    private static boolean isCspFailure(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof CspException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMissingOrForbidden(DomainException refusal) {
        return refusal instanceof NotFoundException || refusal instanceof AccessDeniedException;
    }

    private static void answer(FacesContext context, int status) {
        try {
            context.getExternalContext().responseSendError(status, null);
            context.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Input the pages never send: a value a component cannot read (a table's rows per page, a
     * number), a parameter of the wrong type, a view state of another page (its components meet
     * values of another form, or none of the CSP nonce PrimeFaces expects back).
     */
    private static boolean isBadInput(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException || t instanceof ConverterException || t instanceof ClassCastException
                    || t instanceof CspException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A view state the posted page cannot restore (the state of another page: its components'
     * saved states do not fit this page's). An expired or unknown view state is not this: it goes
     * on to the expired page.
     */
    private static boolean isForeignViewState(FacesContext context, Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return false;
            }
        }
        return PhaseId.RESTORE_VIEW.equals(context.getCurrentPhaseId())
                && context.getExternalContext().getRequestParameterMap().containsKey("jakarta.faces.ViewState");
    }

    /**
     * The refusal behind an exception, if any. A conflict the database finds at commit (another
     * person's change to the same record, first) is the same refusal as a stale form.
     */
    private static DomainException find(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof DomainException refusal) {
                return refusal;
            }
            if (t instanceof jakarta.persistence.OptimisticLockException) {
                return new DomainException("error.concurrentChange");
            }
        }
        return null;
    }
}
