package org.cocrea.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page opened with a parameter its view cannot read ({@code ?tab=abc}, {@code ?a=x}) answers 400
 * instead of rendering a page whose record was never loaded: the view action does not run after a
 * conversion error. Record ids are read by {@link IdConverter}, where anything but a number is
 * "no such record" (404).
 */
public class BadParameters implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() && context.isValidationFailed() && !context.getResponseComplete()) {
            refuse(context);
        }
    }

    /** Answers 400 (the error page) and ends the request's lifecycle. */
    static void refuse(FacesContext context) {
        try {
            context.getExternalContext().responseSendError(400, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    @Override
    public void beforePhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }
}
