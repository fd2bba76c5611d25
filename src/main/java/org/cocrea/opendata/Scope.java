package org.cocrea.opendata;

/**
 * What a download covers: the whole installation, a state, a plan or a commitment (or, for the API
 * alone, one social program). It says itself as JPQL conditions on a plan, a commitment and a social
 * program alias, with the one parameter {@code :scope} (bound by {@link #bind}) when it has an id.
 * Social programs are a state's, not a plan's: a plan's or a commitment's download holds none, and
 * one program's scope holds no plan.
 */
public record Scope(Kind kind, Long id) {

    public enum Kind { ALL, STATE, PLAN, COMMITMENT, PROGRAM }

    /** A condition that holds for no row yet names {@code :scope}, so that the bound parameter is used. */
    private static final String NONE = "0 = :scope";

    public static Scope all() {
        return new Scope(Kind.ALL, null);
    }

    public static Scope state(long id) {
        return new Scope(Kind.STATE, id);
    }

    public static Scope plan(long id) {
        return new Scope(Kind.PLAN, id);
    }

    public static Scope commitment(long id) {
        return new Scope(Kind.COMMITMENT, id);
    }

    /** One social program: for the API's programs/{id}. */
    public static Scope program(long id) {
        return new Scope(Kind.PROGRAM, id);
    }

    /** The condition on a commitment alias ({@code "true"} for everything). */
    String onCommitment(String c) {
        return switch (kind) {
            case ALL -> "1 = 1";
            case STATE -> c + ".stateId = :scope";
            case PLAN -> c + ".plan.id = :scope";
            case COMMITMENT -> c + ".id = :scope";
            case PROGRAM -> NONE;
        };
    }

    /** The condition on a plan alias: for one commitment, the plan it belongs to. */
    String onPlan(String p) {
        return switch (kind) {
            case ALL -> "1 = 1";
            case STATE -> p + ".state.id = :scope";
            case PLAN -> p + ".id = :scope";
            case COMMITMENT -> p + ".id = (select sc.plan.id from Commitment sc where sc.id = :scope)";
            case PROGRAM -> NONE;
        };
    }

    /** The condition on a social program alias: the state's programs, one program, or none for a plan or a commitment. */
    String onProgram(String p) {
        return switch (kind) {
            case ALL -> "1 = 1";
            case STATE -> p + ".state.id = :scope";
            case PROGRAM -> p + ".id = :scope";
            case PLAN, COMMITMENT -> NONE;
        };
    }

    <Q extends jakarta.persistence.Query> Q bind(Q query) {
        if (id != null) {
            query.setParameter("scope", id);
        }
        return query;
    }

    /** A short name for file names: {@code all}, {@code state-3}, {@code plan-7}, {@code commitment-12}. */
    public String slug() {
        return kind == Kind.ALL ? "all" : kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + id;
    }
}
