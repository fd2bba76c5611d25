package org.cocrea.evaluation;

import java.util.Map;

/**
 * What a set of levels says, computed (never entered): a design is <em>promising</em> when it is
 * verifiable, relevant to at least one open-government value and of substantial potential; results
 * are <em>strong early results</em> when it opened government in a major or outstanding way.
 */
public record Verdict(Map<Item, String> levels) {

    public boolean promising() {
        boolean relevant = levels.entrySet().stream()
                .anyMatch(e -> e.getKey().value() != null && Relevance.RELEVANT.name().equals(e.getValue()));
        return Verifiability.VERIFIABLE.name().equals(levels.get(Item.VERIFIABILITY))
                && relevant
                && Potential.SUBSTANTIAL.name().equals(levels.get(Item.POTENTIAL));
    }

    public boolean strongEarlyResults() {
        String opened = levels.get(Item.OPENED_GOVERNMENT);
        return opened != null && OpenedGovernment.valueOf(opened).isStrongEarlyResult();
    }
}
