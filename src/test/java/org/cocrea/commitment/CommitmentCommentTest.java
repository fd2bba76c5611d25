package org.cocrea.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.Entities.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.cocrea.account.Account;
import org.cocrea.shared.Role;
import org.cocrea.plan.ActionPlan;
import org.cocrea.shared.DomainException;
import org.cocrea.state.State;
import org.cocrea.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommitmentCommentTest {

    private Commitment commitment;
    private Commitment other;
    private Account author;
    private long ids = 1;

    @BeforeEach
    void setUp() {
        State sonora = withId(new State("SON", "Sonora", "STL Sonora"), 1L);
        ActionPlan plan = withId(new ActionPlan(sonora, "Plan", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), TestClock.FIXED), 100L);
        commitment = withId(new Commitment(plan, "Compromiso"), 200L);
        other = withId(new Commitment(plan, "Otro"), 201L);
        author = withId(new Account("stl", "Secretaria", "stl@example.org", Role.SECRETARIAT, sonora, null, false), 5L);
    }

    /** A comment as saved: an id, and its creation time a second after the previous one's. */
    private CommitmentComment comment(CommitmentComment parent, String body) {
        CommitmentComment comment = CommitmentComment.on(commitment, parent, author, body, "comment");
        comment.stampCreated(TestClock.FIXED.instant().plusSeconds(ids));
        return withId(comment, ids++);
    }

    @Test
    void aBodyIsRequiredAndLimited() {
        DomainException empty = assertThrows(DomainException.class, () -> comment(null, " \n "));
        assertEquals("workflow.comment.required", empty.messageKey());
        assertEquals("comment", empty.field());
        DomainException tooLong = assertThrows(DomainException.class, () -> comment(null, "x".repeat(CommitmentComment.MAX_BODY + 1)));
        assertEquals("workflow.comment.tooLong", tooLong.messageKey());
        assertEquals(CommitmentComment.MAX_BODY, comment(null, "x".repeat(CommitmentComment.MAX_BODY)).getBody().length());
    }

    @Test
    void aReplyMustBeToACommentOfTheSameCommitment() {
        CommitmentComment elsewhere = withId(CommitmentComment.on(other, null, author, "Otro hilo", "comment"), 99L);
        assertEquals("workflow.comment.otherCommitment",
                assertThrows(DomainException.class, () -> comment(elsewhere, "Respuesta")).messageKey());
    }

    @Test
    void remembersTheVersionItWasWrittenOn() {
        assertEquals(1, comment(null, "Sobre la primera versión").getVersionNumber());
    }

    @Test
    void threadsPutRepliesUnderTheirParentDepthFirst() throws InterruptedException {
        CommitmentComment first = comment(null, "1");
        CommitmentComment second = comment(null, "2");
        CommitmentComment reply = comment(first, "1.1");
        CommitmentComment replyToReply = comment(reply, "1.1.1");
        CommitmentComment laterReply = comment(first, "1.2");
        CommitmentComment replyToSecond = comment(second, "2.1");

        // the query's order may differ: threads are built from any order
        List<CommitmentComment.Threaded> threads = CommitmentComment.threads(
                List.of(replyToSecond, laterReply, replyToReply, reply, second, first));
        assertThat(threads).extracting(t -> t.comment().getBody()).containsExactly("1", "1.1", "1.1.1", "1.2", "2", "2.1");
        assertThat(threads).extracting(CommitmentComment.Threaded::depth).containsExactly(0, 1, 2, 1, 0, 1);
        assertEquals(first.getId(), reply.getParentId());
    }
}
