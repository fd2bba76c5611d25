package org.cocrea.systematization;

/**
 * What a lesson may be about: a record of the lesson's own plan, named by kind and id. Each kind
 * says, as one JPQL query, which of its records a plan has ({@code id, title} per row): the same
 * query lists the choices of a form, checks a link typed into it and names the links of a list.
 */
public enum LinkKind {
    PRIORITY("select x.id, x.title from Priority x where x.plan.id = :plan order by x.id"),
    WORK_SESSION("select x.id, x.title from WorkSession x where x.plan.id = :plan order by x.heldOn, x.id"),
    COMMITMENT("select x.id, x.template.title from Commitment x where x.plan.id = :plan order by x.id"),
    MILESTONE("select x.id, x.title from Milestone x where x.commitment.plan.id = :plan order by x.commitment.id, x.id"),
    TREASURE_HUNT("select x.id, x.title from TreasureHunt x where x.plan.id = :plan order by x.heldOn, x.id"),
    ASSESSMENT("select x.id, x.commitment.template.title from ResultVersion x where x.planId = :plan order by x.id");

    private final String ofPlan;

    LinkKind(String ofPlan) {
        this.ofPlan = ofPlan;
    }

    /** {@code id, title} of every record of this kind in the plan {@code :plan}. */
    String ofPlanQuery() {
        return ofPlan;
    }
}
