package org.cocrea.priority;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The secretariat's prioritization, computed: each priority's mean score (two decimals, half up)
 * and number of scores; the order is mean (highest first), then number of scores (most first),
 * then creation (oldest first). Priorities with the same shown mean and the same number of scores
 * share a rank, and the next rank skips as many places (1, 2, 2, 4). Priorities nobody scored
 * have no rank and come last, oldest first.
 */
public final class Ranking {

    private static final Comparator<Place> ORDER = Comparator
            .comparing((Place p) -> p.scored() ? 0 : 1)
            .thenComparing(Place::mean, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Place::count, Comparator.reverseOrder())
            .thenComparing(Place::createdAt)
            .thenComparing(Place::priorityId);

    private Ranking() {
    }

    /** What the ranking needs to know of one priority: when it was created and the scores it got. */
    public record Candidate(long priorityId, Instant createdAt, Collection<Integer> scores) {
    }

    /**
     * One priority's place: {@code rank} and {@code mean} are null when nobody scored it.
     */
    public record Place(long priorityId, Instant createdAt, Integer rank, BigDecimal mean, int count) implements Serializable {

        public boolean scored() {
            return count > 0;
        }

        boolean tiesWith(Place other) {
            return other != null && scored() && other.scored() && count == other.count && mean.compareTo(other.mean) == 0;
        }
    }

    /** The candidates in ranking order, each with its place. */
    public static List<Place> of(Collection<Candidate> candidates) {
        List<Place> unranked = new ArrayList<>();
        for (Candidate candidate : candidates) {
            int count = candidate.scores().size();
            unranked.add(new Place(candidate.priorityId(), candidate.createdAt(), null, mean(candidate.scores()), count));
        }
        unranked.sort(ORDER);
        List<Place> ranked = new ArrayList<>(unranked.size());
        Place previous = null;
        for (int i = 0; i < unranked.size(); i++) {
            Place place = unranked.get(i);
            if (!place.scored()) {
                ranked.add(place);
                continue;
            }
            int rank = place.tiesWith(previous) ? previous.rank() : i + 1;
            previous = new Place(place.priorityId(), place.createdAt(), rank, place.mean(), place.count());
            ranked.add(previous);
        }
        return ranked;
    }

    /** The mean of the scores with two decimals (half up), or null without scores. */
    public static BigDecimal mean(Collection<Integer> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        long sum = scores.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }
}
