package org.cocrea.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.cocrea.shared.CurrentCaller;
import org.junit.jupiter.api.Test;

/**
 * What the pages see of the caller comes from the session, never from the container: an anonymous
 * request stays anonymous even when the container, at that moment, names a principal (the Payara 6
 * defect that shares a security context between concurrent requests).
 */
class AreaGuardTest {

    /** The container's request: it claims the principal and roles of someone signed in elsewhere. */
    private static HttpServletRequest containerRequest(String path, HttpSession session, Map<String, Object> attributes) {
        Principal stranger = () -> "secretariado.son";
        return (HttpServletRequest) Proxy.newProxyInstance(AreaGuardTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getUserPrincipal" -> stranger;
                    case "getRemoteUser" -> stranger.getName();
                    case "isUserInRole" -> true;
                    case "getServletPath" -> path;
                    case "getSession" -> session;
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getAttribute" -> attributes.get((String) args[0]);
                    default -> null;
                });
    }

    private static HttpSession session(SignedIn signedIn) {
        Map<String, Object> attributes = new HashMap<>(Map.of(SignedIn.ATTRIBUTE, signedIn));
        return (HttpSession) Proxy.newProxyInstance(AreaGuardTest.class.getClassLoader(),
                new Class<?>[] {HttpSession.class}, (proxy, method, args) ->
                        "getAttribute".equals(method.getName()) ? attributes.get((String) args[0]) : null);
    }

    private static HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(AreaGuardTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> null);
    }

    @Test
    void anAnonymousRequestIsAnonymousWhateverTheContainerSays() throws Exception {
        Map<String, Object> attributes = new HashMap<>();
        AtomicReference<ServletRequest> passed = new AtomicReference<>();
        new AreaGuard().doFilter(containerRequest("/commitment", null, attributes), response(), (request, response) -> passed.set(request));

        HttpServletRequest seen = (HttpServletRequest) passed.get();
        assertThat(seen.getUserPrincipal()).isNull();
        assertThat(seen.getRemoteUser()).isNull();
        assertThat(seen.isUserInRole("SECRETARIAT")).isFalse();
        assertThat(attributes.get(CurrentCaller.SIGNED_IN_NAME)).isNull();
    }

    @Test
    void aSignedInRequestIsWhoeverSignedInOnTheSessionWithItsRoles() throws Exception {
        Map<String, Object> attributes = new HashMap<>();
        AtomicReference<ServletRequest> passed = new AtomicReference<>();
        HttpSession session = session(new SignedIn("osc.son", Set.of("RESPONSIBLE_ACTOR")));
        new AreaGuard().doFilter(containerRequest("/actor/milestones", session, attributes), response(), (request, response) -> passed.set(request));

        HttpServletRequest seen = (HttpServletRequest) passed.get();
        assertThat(seen.getUserPrincipal().getName()).isEqualTo("osc.son");
        assertThat(seen.getRemoteUser()).isEqualTo("osc.son");
        assertThat(seen.isUserInRole("RESPONSIBLE_ACTOR")).isTrue();
        assertThat(seen.isUserInRole("SECRETARIAT")).isFalse();
        assertThat(attributes.get(CurrentCaller.SIGNED_IN_NAME)).isEqualTo("osc.son");
    }
}
