package org.cocrea.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;

/**
 * Who is asking: the signed-in account in the few facts the access rules need, or the anonymous
 * public. Services take it from {@link CurrentCaller}; the rules in the entities read it.
 * {@code actorType} is the name of the type of the organization the account works for (see
 * {@link #worksForA}); {@code zone} is its state's time zone.
 */
public record Caller(Long accountId, String username, Role role, Long stateId, Long actorId, String actorType,
                     ZoneId zone) {

    public static final Caller ANONYMOUS = new Caller(null, "anonymous", null, null, null, null, Dates.DEFAULT_ZONE);

    /** Works for an organization of that type (an {@code ActorType}, e.g. a CSO). */
    public boolean worksForA(Enum<?> actorType) {
        return actorType.name().equals(this.actorType);
    }

    /**
     * Today where the caller works: in its state's zone (the platform's default zone for the
     * administrator and the public). A caller only ever works on its own state's records, so for
     * the pages of a secretariat or a responsible actor this is also today in the record's state.
     */
    public LocalDate today(Clock clock) {
        return Dates.today(clock, zone);
    }

    public boolean isAnonymous() {
        return accountId == null;
    }

    public boolean isAdmin() {
        return role == Role.PLATFORM_ADMIN;
    }

    public boolean belongsTo(Long stateId) {
        return this.stateId != null && this.stateId.equals(stateId);
    }

    /** A member of the secretariat (or the information institute) of that state. */
    public boolean runsSecretariatOf(Long stateId) {
        return role != null && role.runsTheSecretariat() && belongsTo(stateId);
    }

    /**
     * Does its organization's follow-up work (reports, measurements, sign-offs): every account of an
     * organization but an evaluator's, whose organization only says who the evaluator is (an
     * evaluator from academia does not report for its university).
     */
    public boolean followsUpForItsOrganization() {
        return actorId != null && role != null && role != Role.EVALUATOR;
    }

    /** Works for (or is) one of these actors, in their state, and does their follow-up work. */
    public boolean actsFor(Collection<Long> actorIds) {
        return followsUpForItsOrganization() && actorIds.contains(actorId);
    }

    public void requireAdmin() {
        if (!isAdmin()) {
            throw new AccessDeniedException();
        }
    }

    public void requireSecretariatOf(Long stateId) {
        if (!runsSecretariatOf(stateId)) {
            throw new AccessDeniedException();
        }
    }
}
