package org.cocrea.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestGuardTest {

    @Test
    void aQueryNamingTheViewStateIsSeenHoweverItIsWritten() {
        assertThat(RequestGuard.carriesAViewState("nav=nav&jakarta.faces.ViewState=1:2")).isTrue();
        assertThat(RequestGuard.carriesAViewState("jakarta%2Efaces%2EViewState=1:2")).isTrue();
        assertThat(RequestGuard.carriesAViewState("a=1&jakarta.faces.ViewState")).isTrue();
    }

    @Test
    void otherQueriesGoOn() {
        assertThat(RequestGuard.carriesAViewState(null)).isFalse();
        assertThat(RequestGuard.carriesAViewState("id=4&tab=2")).isFalse();
        assertThat(RequestGuard.carriesAViewState("q=jakarta.faces.ViewState")).isFalse();
        assertThat(RequestGuard.carriesAViewState("bad=%zz&x=%")).isFalse();
    }

    @Test
    void onlyTheMethodsOfPagesAndDownloadsPass() {
        assertThat(RequestGuard.METHODS).containsExactly("GET", "HEAD", "POST");
    }
}
