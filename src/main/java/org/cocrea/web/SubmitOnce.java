package org.cocrea.web;

import jakarta.faces.FactoryFinder;
import jakarta.faces.application.Application;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Issue 12: a form is acted on once. Every form of a view that keeps state carries a one-time token
 * ({@value #PARAMETER}, written by the standard form renderer, wrapped here once for every
 * {@code h:form}); a full (non-ajax) post spends it, and a post that brings a token already spent or
 * never issued — a double click, a reload of the post, the back button, a tampered value — runs
 * nothing: the page comes back with {@code submitOnce.alreadySent} and a fresh token. A view that
 * shows again after a post (a refusal beside a field) gets a new token. The tokens live in the HTTP
 * session ({@link Tokens}, at most {@value Tokens#KEPT}); stateless views (public pages) carry none.
 * A post without any token (a client that sends only the fields it chose) is left to the view state,
 * which still guards the form against forgery. An action that answers with a file instead of a page
 * gives its token back (the page stays in the browser as it was). Ajax posts (filters, pages of a table, buttons that
 * PrimeFaces disables while their request runs) neither spend nor need it.
 */
public class SubmitOnce implements PhaseListener, SystemEventListener {

    private static final long serialVersionUID = 1L;

    /** The request parameter of the token. */
    public static final String PARAMETER = "co.submit";
    private static final String VIEW_KEY = SubmitOnce.class.getName() + ".token";
    private static final String SESSION_KEY = SubmitOnce.class.getName() + ".tokens";
    private static final String SPENT = SubmitOnce.class.getName() + ".spent";
    private static final String FORM = "jakarta.faces.Form";
    private static final SecureRandom RANDOM = new SecureRandom();

    // --- the check, right after the view is restored; a download gives its token back

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // everything happens after the phases
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        if (event.getPhaseId() == PhaseId.RESTORE_VIEW) {
            spend(event.getFacesContext());
        } else if (event.getPhaseId() == PhaseId.INVOKE_APPLICATION) {
            giveBackAfterADownload(event.getFacesContext());
        }
    }

    private static void spend(FacesContext context) {
        UIViewRoot root = context.getViewRoot();
        if (!context.isPostback() || root == null || root.isTransient()
                || context.getPartialViewContext().isAjaxRequest()) {
            return;
        }
        ExternalContext external = context.getExternalContext();
        String posted = external.getRequestParameterMap().get(PARAMETER);
        if (posted == null) {
            return;
        }
        if (tokens(external).spend(posted)) {
            external.getRequestMap().put(SPENT, posted);
        } else {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text("submitOnce.alreadySent"), null));
            context.renderResponse();
        }
    }

    /**
     * An action that answered with a file (the report's PDF) leaves its page in the browser as it was:
     * the token it spent is given back, so the page's forms still post.
     */
    private static void giveBackAfterADownload(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        if (context.getResponseComplete() && external.getRequestMap().get(SPENT) instanceof String token
                && external.getResponse() instanceof HttpServletResponse response
                && response.getStatus() == HttpServletResponse.SC_OK
                && !String.valueOf(response.getContentType()).startsWith("text/html")) {
            tokens(external).giveBack(token);
        }
    }

    // --- the token in every form: the form renderer, wrapped once when the application starts

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof Application;
    }

    @Override
    public void processEvent(SystemEvent event) {
        RenderKitFactory factory = (RenderKitFactory) FactoryFinder.getFactory(FactoryFinder.RENDER_KIT_FACTORY);
        RenderKit kit = factory.getRenderKit(null, RenderKitFactory.HTML_BASIC_RENDER_KIT);
        Renderer form = kit.getRenderer(FORM, FORM);
        if (!(form instanceof TokenInForm)) {
            kit.addRenderer(FORM, FORM, new TokenInForm(form));
        }
    }

    /** The standard form renderer, writing the view's token before the form closes. */
    static final class TokenInForm extends RendererWrapper {

        TokenInForm(Renderer wrapped) {
            super(wrapped);
        }

        @Override
        public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
            String token = tokenOf(context);
            if (token != null) {
                ResponseWriter writer = context.getResponseWriter();
                writer.startElement("input", null);
                writer.writeAttribute("type", "hidden", null);
                writer.writeAttribute("name", PARAMETER, null);
                writer.writeAttribute("value", token, null);
                writer.endElement("input");
            }
            super.encodeEnd(context, component);
        }
    }

    /** The view's unspent token (a new one if it has none, or spent it); none for a stateless view. */
    static String tokenOf(FacesContext context) {
        UIViewRoot root = context.getViewRoot();
        if (root == null || root.isTransient()) {
            return null;
        }
        Map<String, Object> viewMap = root.getViewMap();
        Tokens tokens = tokens(context.getExternalContext());
        if (viewMap.get(VIEW_KEY) instanceof String token && tokens.isUnspent(token)) {
            return token;
        }
        String token = tokens.issue();
        viewMap.put(VIEW_KEY, token);
        return token;
    }

    private static Tokens tokens(ExternalContext external) {
        Map<String, Object> session = external.getSessionMap();
        Object tokens = session.get(SESSION_KEY);
        if (tokens instanceof Tokens kept) {
            return kept;
        }
        Tokens fresh = new Tokens();
        Object raced = session.putIfAbsent(SESSION_KEY, fresh);
        return raced instanceof Tokens kept ? kept : fresh;
    }

    /** The unspent tokens of one HTTP session, oldest forgotten first. */
    static final class Tokens implements Serializable {

        private static final long serialVersionUID = 1L;

        /** Views a person may keep open and still post once each (tabs, pages left behind). */
        static final int KEPT = 200;

        private final Map<String, Boolean> unspent = new LinkedHashMap<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > KEPT;
            }
        };

        synchronized String issue() {
            byte[] random = new byte[18];
            RANDOM.nextBytes(random);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            unspent.put(token, Boolean.TRUE);
            return token;
        }

        synchronized boolean isUnspent(String token) {
            return unspent.containsKey(token);
        }

        synchronized void giveBack(String token) {
            unspent.put(token, Boolean.TRUE);
        }

        /** True the first time an issued token is spent; false for a token spent before, or never issued. */
        synchronized boolean spend(String token) {
            return unspent.remove(token) != null;
        }
    }
}
