package org.cocrea.follow;

/**
 * What the public may follow by e-mail: a state, a published plan or a public commitment. Each kind
 * says in one JPQL query (by entity name: this package imports no feature, so that the features that
 * tell followers do not form a cycle with it) the state and the name of a target the public may read
 * (any other is not found).
 */
public enum FollowTarget {
    STATE("select s.id, s.name from State s where s.id = :id"),
    PLAN("select p.state.id, p.title from ActionPlan p where p.id = :id "
            + "and p.status <> org.cocrea.plan.PlanStatus.DRAFT"),
    // the public rule of Commitment.publicWhere, said by name
    COMMITMENT("select c.plan.state.id, c.publishedTitle from Commitment c where c.id = :id "
            + "and c.publishedVersion is not null and c.plan.status <> org.cocrea.plan.PlanStatus.DRAFT");

    private final String publicQuery;

    FollowTarget(String publicQuery) {
        this.publicQuery = publicQuery;
    }

    /** Selects {@code [state id, name]} of the target {@code :id} when the public may read it. */
    String publicQuery() {
        return publicQuery;
    }

    /** The kind named in a form, or null for anything else (a tampered form). */
    public static FollowTarget parse(String name) {
        for (FollowTarget target : values()) {
            if (target.name().equals(name)) {
                return target;
            }
        }
        return null;
    }
}
