package org.cocrea.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpiredPageTest {

    @Test
    void thePageOfThisSiteThatExpiredIsOpenedAgainByItsPathAndQuery() {
        assertThat(ExpiredPage.pageOf("http://localhost:8080/cocrea/stl/milestone?id=12&tab=2", "/cocrea"))
                .isEqualTo("/cocrea/stl/milestone?id=12&tab=2");
        assertThat(ExpiredPage.pageOf("https://cocrea.example.mx/cocrea/stl/plans", "/cocrea")).isEqualTo("/cocrea/stl/plans");
    }

    @Test
    void anythingElseLeadsHome() {
        assertThat(ExpiredPage.pageOf(null, "/cocrea")).isNull();
        assertThat(ExpiredPage.pageOf(" ", "/cocrea")).isNull();
        assertThat(ExpiredPage.pageOf("https://evil.example/phish", "/cocrea")).isNull();
        assertThat(ExpiredPage.pageOf("https://evil.example/cocrea-not/x", "/cocrea")).isNull();
        assertThat(ExpiredPage.pageOf("http://localhost:8080/cocrea/errors/expired.xhtml", "/cocrea")).isNull();
        assertThat(ExpiredPage.pageOf("http://localhost:8080/cocrea/stl/../errors/500.xhtml", "/cocrea")).isNull();
        assertThat(ExpiredPage.pageOf("http://localhost:8080/cocrea//evil.example/x", "/cocrea")).isNull();
        assertThat(ExpiredPage.pageOf("not a uri ^^", "/cocrea")).isNull();
    }

    @Test
    void anAddressElsewhereKeepsOnlyAPathOfThisSite() {
        // another host naming a path of this site: only the path is kept, so the link stays here
        assertThat(ExpiredPage.pageOf("https://evil.example/cocrea/stl/plans", "/cocrea")).isEqualTo("/cocrea/stl/plans");
    }
}
