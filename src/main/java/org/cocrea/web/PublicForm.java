package org.cocrea.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * What the plain public forms share (/follow, /comment, /assistance, /file-complaint): each page
 * carries a signed form token and a honeypot ({@code WEB-INF/includes/publicFormGuard.xhtml}), posts
 * to its servlet without Faces or a session, and is answered by a redirect naming the outcome
 * ({@code r}), which the page shows only when it is one it knows; a refused post is instead rendered
 * again in the same request, with what was typed ({@link RefusedPost}).
 */
final class PublicForm {

    /** The honeypot: a field hidden from people (CSS and {@code aria-hidden}) that form-filling robots fill. */
    static final String HONEYPOT = "website";

    private PublicForm() {
    }

    /** Whether the honeypot was filled: the post gets the same answer as a real one and writes nothing. */
    static boolean byRobot(HttpServletRequest request) {
        String honeypot = request.getParameter(HONEYPOT);
        return honeypot != null && !honeypot.isEmpty();
    }

    /** The outcome of the address when the page knows it, else none (a made-up key shows nothing). */
    static String known(String outcome, Set<String> outcomes) {
        return outcome != null && outcomes.contains(outcome) ? outcome : null;
    }
}
