package org.cocrea.commitment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The drafting workflow's table of moves, from every status to every status. */
class CommitmentStatusTest {

    private static final Map<CommitmentStatus, Set<CommitmentStatus>> MOVES = Map.of(
            CommitmentStatus.DRAFT, EnumSet.of(CommitmentStatus.IN_REVIEW),
            CommitmentStatus.IN_REVIEW, EnumSet.of(CommitmentStatus.CHANGES_REQUESTED, CommitmentStatus.APPROVED, CommitmentStatus.DRAFT),
            CommitmentStatus.CHANGES_REQUESTED, EnumSet.of(CommitmentStatus.IN_REVIEW),
            CommitmentStatus.APPROVED, EnumSet.of(CommitmentStatus.PUBLISHED, CommitmentStatus.DRAFT),
            CommitmentStatus.PUBLISHED, EnumSet.noneOf(CommitmentStatus.class));

    @ParameterizedTest
    @EnumSource(CommitmentStatus.class)
    void movesOnlyAlongTheTable(CommitmentStatus from) {
        for (CommitmentStatus next : CommitmentStatus.values()) {
            assertEquals(MOVES.get(from).contains(next), from.canMoveTo(next), from + " → " + next);
        }
    }

    @Test
    void anEditedApprovedOrPublishedTextIsADraftAgainAndAnyOtherKeepsItsStatus() {
        assertEquals(Map.of(
                        CommitmentStatus.DRAFT, CommitmentStatus.DRAFT,
                        CommitmentStatus.IN_REVIEW, CommitmentStatus.IN_REVIEW,
                        CommitmentStatus.CHANGES_REQUESTED, CommitmentStatus.CHANGES_REQUESTED,
                        CommitmentStatus.APPROVED, CommitmentStatus.DRAFT,
                        CommitmentStatus.PUBLISHED, CommitmentStatus.DRAFT),
                java.util.Arrays.stream(CommitmentStatus.values())
                        .collect(java.util.stream.Collectors.toMap(s -> s, CommitmentStatus::afterEdit)));
    }
}
