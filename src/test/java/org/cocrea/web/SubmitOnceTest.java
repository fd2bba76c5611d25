package org.cocrea.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A token is spent once; a spent, forged or forgotten one is refused; a download gives it back. */
class SubmitOnceTest {

    @Test
    void anIssuedTokenIsSpentOnce() {
        SubmitOnce.Tokens tokens = new SubmitOnce.Tokens();
        String token = tokens.issue();
        assertThat(tokens.isUnspent(token)).isTrue();
        assertThat(tokens.spend(token)).isTrue();
        assertThat(tokens.spend(token)).as("the same post again").isFalse();
        assertThat(tokens.spend(token + "x")).as("a forged token").isFalse();
        tokens.giveBack(token);
        assertThat(tokens.spend(token)).as("after a download").isTrue();
    }

    @Test
    void theOldestTokensAreForgottenBeyondTheLimit() {
        SubmitOnce.Tokens tokens = new SubmitOnce.Tokens();
        List<String> issued = new ArrayList<>();
        for (int i = 0; i < SubmitOnce.Tokens.KEPT + 1; i++) {
            issued.add(tokens.issue());
        }
        assertThat(tokens.isUnspent(issued.get(0))).isFalse();
        assertThat(tokens.isUnspent(issued.get(1))).isTrue();
        assertThat(issued).doesNotHaveDuplicates();
    }
}
