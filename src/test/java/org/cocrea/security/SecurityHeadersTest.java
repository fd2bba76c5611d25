package org.cocrea.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void thePolicyAllowsNoInlineScriptAndNoEval() {
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY)
                .contains("script-src 'self';", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-eval", "script-src 'self' 'unsafe-inline'");
    }

    @Test
    void theNoncePrimeFacesAnnouncedJoinsTheOnePolicy() {
        String policy = SecurityHeaders.withNonce("script-src 'self' 'nonce-YWJjLTEyMw==';");
        assertThat(policy).contains("script-src 'self' 'nonce-YWJjLTEyMw=='; style-src").contains("frame-ancestors 'none'");
    }

    @Test
    void withoutANonceThePolicyStaysAsItIs() {
        assertThat(SecurityHeaders.withNonce(null)).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(SecurityHeaders.withNonce("script-src 'unsafe-inline'")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
    }

    @Test
    void aNonceCannotCarryAnotherDirective() {
        assertThat(SecurityHeaders.withNonce("script-src 'nonce-abc'; script-src *'")).doesNotContain("*");
    }
}
