package org.cocrea.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;

/**
 * A business rule that says no (a {@link DomainException} thrown by a service, whose transaction
 * is then rolled back) is not an error of the application: it becomes a message for the user,
 * next to the input whose id is the rule's field, and the page is shown again with what they
 * typed. Backing beans therefore need no try/catch around service calls.
 */
public class DomainExceptionHandler extends ExceptionHandlerWrapper {

    public DomainExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            DomainException refusal = find(events.next().getContext().getException());
            if (refusal != null && !context.isPostback() && isMissingOrForbidden(refusal)) {
                events.remove();
                sendError(context, refusal instanceof NotFoundException ? 404 : 403);
            } else if (refusal != null) {
                events.remove();
                Messages.refusal(context, refusal);
                context.validationFailed();
                context.renderResponse();
            }
        }
        getWrapped().handle();
    }

    /** Opening a page (GET) of something absent or forbidden answers with the HTTP error page. */
    private static boolean isMissingOrForbidden(DomainException refusal) {
        return refusal instanceof NotFoundException || refusal instanceof AccessDeniedException;
    }

    private static void sendError(FacesContext context, int status) {
        try {
            context.getExternalContext().responseSendError(status, null);
            context.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
