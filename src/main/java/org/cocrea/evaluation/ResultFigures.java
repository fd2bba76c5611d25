package org.cocrea.evaluation;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The public figures of published results: how many commitments at each completion level and each
 * "did it open government" level (from their results), how many promising (from their design) and
 * how many with strong early results. Pure: computed from the latest published levels.
 */
public record ResultFigures(Map<Completion, Long> completion, Map<OpenedGovernment, Long> opened,
                            long designAssessed, long promising, long resultsAssessed, long strongEarlyResults) {

    public static ResultFigures of(Collection<Map<Item, String>> designs, Collection<Map<Item, String>> results) {
        Map<Completion, Long> completion = new EnumMap<>(Completion.class);
        Map<OpenedGovernment, Long> opened = new EnumMap<>(OpenedGovernment.class);
        for (Completion c : Completion.values()) {
            completion.put(c, 0L);
        }
        for (OpenedGovernment o : OpenedGovernment.values()) {
            opened.put(o, 0L);
        }
        for (Map<Item, String> levels : results) {
            if (levels.get(Item.COMPLETION) != null) {
                completion.merge(Completion.valueOf(levels.get(Item.COMPLETION)), 1L, Long::sum);
            }
            if (levels.get(Item.OPENED_GOVERNMENT) != null) {
                opened.merge(OpenedGovernment.valueOf(levels.get(Item.OPENED_GOVERNMENT)), 1L, Long::sum);
            }
        }
        long promising = designs.stream().filter(l -> new Verdict(l).promising()).count();
        long strong = results.stream().filter(l -> new Verdict(l).strongEarlyResults()).count();
        return new ResultFigures(completion, opened, designs.size(), promising, results.size(), strong);
    }

    /** How many commitments reached that completion level (by the level's name, for pages). */
    public long completionOf(String level) {
        return completion.get(Completion.valueOf(level));
    }
}
