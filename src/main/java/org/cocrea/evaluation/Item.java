package org.cocrea.evaluation;

import java.util.Arrays;
import java.util.List;
import org.cocrea.commitment.OpenGovernmentValue;
import org.cocrea.shared.DomainException;

/**
 * What an evaluator scores, each on its IRM scale: at the design moment verifiability, relevance to
 * each open-government value and potential for results; at the results moment completion and
 * whether it opened government. The one list of the items; forms, tables and agreement iterate it.
 */
public enum Item {
    VERIFIABILITY(Moment.DESIGN, Verifiability.class, null),
    RELEVANCE_TRANSPARENCY(Moment.DESIGN, Relevance.class, OpenGovernmentValue.TRANSPARENCY),
    RELEVANCE_CITIZEN_PARTICIPATION(Moment.DESIGN, Relevance.class, OpenGovernmentValue.CITIZEN_PARTICIPATION),
    RELEVANCE_PUBLIC_ACCOUNTABILITY(Moment.DESIGN, Relevance.class, OpenGovernmentValue.PUBLIC_ACCOUNTABILITY),
    RELEVANCE_TECHNOLOGY_AND_INNOVATION(Moment.DESIGN, Relevance.class, OpenGovernmentValue.TECHNOLOGY_AND_INNOVATION),
    RELEVANCE_INCLUSION(Moment.DESIGN, Relevance.class, OpenGovernmentValue.INCLUSION),
    POTENTIAL(Moment.DESIGN, Potential.class, null),
    COMPLETION(Moment.RESULTS, Completion.class, null),
    OPENED_GOVERNMENT(Moment.RESULTS, OpenedGovernment.class, null);

    private final Moment moment;
    private final Class<? extends Enum<?>> scale;
    private final OpenGovernmentValue value;

    Item(Moment moment, Class<? extends Enum<?>> scale, OpenGovernmentValue value) {
        this.moment = moment;
        this.scale = scale;
        this.value = value;
    }

    public static List<Item> of(Moment moment) {
        return Arrays.stream(values()).filter(i -> i.moment == moment).toList();
    }

    public Moment moment() {
        return moment;
    }

    /** The open-government value a relevance item is about; null for the others. */
    public OpenGovernmentValue value() {
        return value;
    }

    /** The scale's name (its enum's simple name), for bundle keys: {@code evaluation.level.<scale>.<LEVEL>}. */
    public String scaleName() {
        return scale.getSimpleName();
    }

    /** The levels of the item's scale, lowest first. */
    public List<String> levels() {
        return Arrays.stream(scale.getEnumConstants()).map(Enum::name).toList();
    }

    /** The rank of a level on the scale (0 = lowest), for ordinal agreement. */
    public int rank(String level) {
        int rank = levels().indexOf(level);
        if (rank < 0) {
            throw DomainException.onField(name(), "evaluation.level.unknown");
        }
        return rank;
    }
}
