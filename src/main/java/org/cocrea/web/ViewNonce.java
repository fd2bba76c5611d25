package org.cocrea.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * With PrimeFaces' nonce-based CSP ({@code primefaces.CSP}), its script adds the page's nonce to
 * every form, and a postback must carry the nonce its view was rendered with, or PrimeFaces fails it.
 * A form posted without any nonce (a client without JavaScript, the HTTP tests) is given its view's
 * own here; a wrong nonce still fails. The nonce only marks the page's own scripts: the view state
 * is what guards a form against forged posts.
 */
public class ViewNonce implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** The request parameter and view-map key PrimeFaces keeps the nonce under. */
    static final String NONCE = "primefaces.nonce";

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() || context.getViewRoot() == null) {
            return;
        }
        Map<String, Object> viewMap = context.getViewRoot().getViewMap(false);
        ExternalContext external = context.getExternalContext();
        if (viewMap != null && viewMap.get(NONCE) instanceof String nonce
                && !external.getRequestParameterMap().containsKey(NONCE)
                && external.getRequest() instanceof HttpServletRequest request) {
            external.setRequest(new WithNonce(request, nonce));
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    /** The posted request with the view's nonce among its parameters. */
    private static final class WithNonce extends HttpServletRequestWrapper {

        private final String nonce;

        WithNonce(HttpServletRequest request, String nonce) {
            super(request);
            this.nonce = nonce;
        }

        @Override
        public String getParameter(String name) {
            return NONCE.equals(name) ? nonce : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return NONCE.equals(name) ? new String[] {nonce} : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
            parameters.put(NONCE, new String[] {nonce});
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            List<String> names = Collections.list(super.getParameterNames());
            names.add(NONCE);
            return Collections.enumeration(names);
        }
    }
}
