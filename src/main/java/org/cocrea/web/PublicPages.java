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
            "/transparency", "/help", "/toolbox");

    private PublicPages() {
    }

    /** Whether a view id ({@code /plan.xhtml}) or servlet path ({@code /plan}) names a public page. */
    static boolean isPublic(String view) {
        return view != null && VIEWS.contains(view.endsWith(".xhtml") ? view.substring(0, view.length() - ".xhtml".length()) : view);
    }

    /** Error pages hold no form either: an anonymous 404 keeps nothing on the server. */
    static boolean isErrorPage(String viewId) {
        return viewId != null && viewId.startsWith("/errors/");
    }
}
