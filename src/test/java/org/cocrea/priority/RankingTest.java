package org.cocrea.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.priority.Ranking.Candidate;
import org.cocrea.priority.Ranking.Place;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static final Instant T0 = Instant.parse("2025-02-01T10:00:00Z");

    private static Candidate candidate(long id, int minutesAfterStart, Integer... scores) {
        return new Candidate(id, T0.plusSeconds(60L * minutesAfterStart), List.of(scores));
    }

    private static List<Long> order(List<Place> places) {
        return places.stream().map(Place::priorityId).toList();
    }

    private static List<Integer> ranks(List<Place> places) {
        List<Integer> ranks = new ArrayList<>();
        places.forEach(p -> ranks.add(p.rank()));
        return ranks;
    }

    @Test
    void nothingToRank() {
        assertThat(Ranking.of(List.of())).isEmpty();
    }

    @Test
    void theHighestMeanComesFirst() {
        List<Place> places = Ranking.of(List.of(candidate(1, 0, 2, 3), candidate(2, 1, 5, 4), candidate(3, 2, 3, 3)));
        assertThat(order(places)).containsExactly(2L, 3L, 1L);
        assertThat(ranks(places)).containsExactly(1, 2, 3);
    }

    @Test
    void theMeanHasTwoDecimalsRoundedHalfUp() {
        assertThat(Ranking.mean(List.of(4, 4, 5))).isEqualByComparingTo("4.33");
        assertThat(Ranking.mean(List.of(4, 5, 5))).isEqualByComparingTo("4.67");
        assertThat(Ranking.mean(List.of(1, 2))).isEqualTo(new BigDecimal("1.50"));
        assertThat(Ranking.mean(List.of(3))).isEqualTo(new BigDecimal("3.00"));
        assertThat(Ranking.mean(List.of(1, 1, 1, 1, 1, 1, 1, 2))).isEqualTo(new BigDecimal("1.13")); // 1.125 → 1.13
        assertThat(Ranking.mean(List.of())).isNull();
    }

    @Test
    void withTheSameMeanMoreScoresComeFirst() {
        List<Place> places = Ranking.of(List.of(candidate(1, 0, 4), candidate(2, 1, 4, 4, 4), candidate(3, 2, 4, 4)));
        assertThat(order(places)).containsExactly(2L, 3L, 1L);
        assertThat(ranks(places)).containsExactly(1, 2, 3);
        assertThat(places).extracting(Place::count).containsExactly(3, 2, 1);
    }

    @Test
    void sameMeanAndCountShareARankAndTheNextSkips() {
        List<Place> places = Ranking.of(List.of(
                candidate(1, 0, 5, 5),
                candidate(2, 1, 4, 3),
                candidate(3, 2, 3, 4),
                candidate(4, 3, 1, 2)));
        assertThat(order(places)).containsExactly(1L, 2L, 3L, 4L);
        assertThat(ranks(places)).containsExactly(1, 2, 2, 4);
    }

    @Test
    void tiesAreListedByCreationOldestFirst() {
        List<Place> places = Ranking.of(List.of(candidate(7, 30, 4, 2), candidate(8, 10, 3, 3), candidate(9, 20, 5, 1)));
        assertThat(order(places)).containsExactly(8L, 9L, 7L);
        assertThat(ranks(places)).containsExactly(1, 1, 1);
    }

    @Test
    void aThreeWayTieInTheMiddle() {
        List<Place> places = Ranking.of(List.of(
                candidate(1, 0, 2), candidate(2, 1, 3), candidate(3, 2, 3), candidate(4, 3, 3), candidate(5, 4, 5)));
        assertThat(order(places)).containsExactly(5L, 2L, 3L, 4L, 1L);
        assertThat(ranks(places)).containsExactly(1, 2, 2, 2, 5);
    }

    @Test
    void sameMeanButDifferentCountsDoNotTie() {
        List<Place> places = Ranking.of(List.of(candidate(1, 0, 3, 3), candidate(2, 1, 3)));
        assertThat(ranks(places)).containsExactly(1, 2);
    }

    @Test
    void meansEqualOnlyAfterRoundingTieAsShown() {
        // 3.333… and 3.3333… are both shown as 3.33 with the same count: one rank
        List<Place> places = Ranking.of(List.of(candidate(1, 0, 3, 3, 4), candidate(2, 1, 4, 3, 3)));
        assertThat(ranks(places)).containsExactly(1, 1);
        assertThat(places).extracting(Place::mean).containsOnly(new BigDecimal("3.33"));
    }

    @Test
    void unscoredPrioritiesComeLastWithoutRankOldestFirst() {
        List<Place> places = Ranking.of(List.of(
                candidate(1, 5), candidate(2, 1, 1), candidate(3, 0), candidate(4, 2, 2)));
        assertThat(order(places)).containsExactly(4L, 2L, 3L, 1L);
        assertThat(ranks(places)).containsExactly(1, 2, null, null);
        assertThat(places.get(2).scored()).isFalse();
        assertThat(places.get(2).mean()).isNull();
        assertThat(places.get(2).count()).isZero();
    }

    @Test
    void anUnscoredPriorityNeverTiesWithAnother() {
        List<Place> places = Ranking.of(List.of(candidate(1, 0), candidate(2, 1)));
        assertThat(ranks(places)).containsExactly(null, null);
    }

    @Test
    void aLowMeanStillRanksAboveUnscored() {
        List<Place> places = Ranking.of(List.of(candidate(1, 0), candidate(2, 1, 1)));
        assertThat(order(places)).containsExactly(2L, 1L);
        assertThat(ranks(places)).containsExactly(1, null);
    }

    @Test
    void sameCreationTimeFallsBackToTheId() {
        List<Place> places = Ranking.of(List.of(candidate(9, 0, 4), candidate(3, 0, 4)));
        assertThat(order(places)).containsExactly(3L, 9L);
        assertThat(ranks(places)).containsExactly(1, 1);
    }

    @Test
    void theInputIsNotChanged() {
        List<Candidate> input = new ArrayList<>(List.of(candidate(1, 0, 1), candidate(2, 1, 5)));
        Ranking.of(input);
        assertThat(input).extracting(Candidate::priorityId).containsExactly(1L, 2L);
    }
}
