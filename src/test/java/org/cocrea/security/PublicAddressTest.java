package org.cocrea.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicAddressTest {

    /** A request that came in at /stl/plan on 10.0.0.7:8080, whatever Host it claimed. */
    private static final HttpServletRequest REQUEST = (HttpServletRequest) Proxy.newProxyInstance(
            PublicAddressTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) -> Map.<String, Object>of(
                    "getLocalPort", 8080, "getLocalAddr", "10.0.0.7", "isSecure", false, "getRequestURI", "/stl/plan",
                    "getServerName", "evil.example").get(method.getName()));

    private final PublicAddress configured = new PublicAddress(Optional.of("https://cocrea.example.org/ignored/path"));
    private final PublicAddress unconfigured = new PublicAddress(Optional.empty());

    @Test
    void redirectsGoToTheConfiguredAddress() {
        assertThat(configured.redirect(REQUEST, "/login")).isEqualTo("https://cocrea.example.org/login");
        assertThat(configured.redirect(REQUEST, "plans?x=1")).isEqualTo("https://cocrea.example.org/stl/plans?x=1");
    }

    @Test
    void anAbsoluteUrlBuiltFromTheHostHeaderKeepsOnlyItsPath() {
        assertThat(configured.redirect(REQUEST, "http://evil.example/stl/plans?id=2")).isEqualTo("https://cocrea.example.org/stl/plans?id=2");
        assertThat(configured.redirect(REQUEST, "//evil.example/x")).isEqualTo("https://cocrea.example.org/x");
    }

    @Test
    void withoutTheSettingRedirectsStayOnThisServer() {
        assertThat(unconfigured.redirect(REQUEST, "http://evil.example/login")).isEqualTo("http://10.0.0.7:8080/login");
        assertThat(unconfigured.of(REQUEST, "/login")).isEqualTo("http://10.0.0.7:8080/login");
    }

    @Test
    void aSettingThatIsNoUrlStopsTheStart() {
        assertThatThrownBy(() -> new PublicAddress(Optional.of("cocrea.example.org"))).isInstanceOf(IllegalArgumentException.class);
    }
}
