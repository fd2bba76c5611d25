package org.cocrea.web;

import java.util.Set;

/**
 * The public pages (issue 12), in one place: what anybody reads without signing in and what holds no
 * form of its own. Anonymous views of them keep no state on the server ({@link StatelessViews}) and
 * are served from the rendered-page cache ({@link PublicPageCache}). {@code /toolbox} filters and
 * pages by GET parameters; its add form shows only to signed-in people. Not here: {@code /login} (its
 * form's view state is what protects the sign-in from forged posts).
 */
final class PublicPages {

    /** The views, as their extensionless addresses. */
    static final Set<String> VIEWS = Set.of("/index", "/plan", "/commitment", "/results", "/results/compare",
            "/transparency", "/help",
            "/program", "/programs", "/complaint", "/state", "/states", "/search", "/toolbox");

    /**
     * Public pages whose forms are plain HTML posting to a servlet (issue 13: {@code /follow}): kept off
     * the server like the public pages, but never cached (each form carries a fresh signed token).
     */
    static final Set<String> STATELESS_FORMS = Set.of("/follow", "/comment", "/assistance", "/file-complaint");

    /**
     * The public pages that need no PrimeFaces for a visitor (issue 10, {@link LightPath}): plain
     * markup and the site's own stylesheet, no theme, no scripts.
     */
    static final Set<String> LIGHT = Set.of("/index", "/plan", "/commitment");

    private PublicPages() {
    }

    /** Whether a view id ({@code /plan.xhtml}) or servlet path ({@code /plan}) names a public page. */
    static boolean isPublic(String view) {
        return view != null && VIEWS.contains(extensionless(view));
    }

    /** Whether a view id names a page of {@link #STATELESS_FORMS}. */
    static boolean isStatelessForm(String viewId) {
        return viewId != null && STATELESS_FORMS.contains(extensionless(viewId));
    }

    private static String extensionless(String view) {
        return view.endsWith(".xhtml") ? view.substring(0, view.length() - ".xhtml".length()) : view;
    }

    /** Whether a view id names a public page of the light path. */
    static boolean isLight(String view) {
        return isPublic(view) && LIGHT.contains(extensionless(view));
    }

    /** Error pages hold no form either: an anonymous 404 keeps nothing on the server. */
    static boolean isErrorPage(String viewId) {
        return viewId != null && viewId.startsWith("/errors/");
    }
}
