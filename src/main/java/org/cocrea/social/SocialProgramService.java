package org.cocrea.social;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocrea.actor.Actor;
import org.cocrea.audit.AuditTrail;
import org.cocrea.priority.MemberScores;
import org.cocrea.priority.Ranking;
import org.cocrea.shared.Caller;
import org.cocrea.shared.ConcurrentChange;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.shared.Records;
import org.cocrea.state.State;

/**
 * Social programs of a state: its secretariat registers them, records their money per fiscal year,
 * scores them (each member for itself; the ranking is the priorities' {@link Ranking}) and publishes
 * them. The public reads published programs only; any other is not found, like a missing one.
 */
@ApplicationScoped
@Transactional
public class SocialProgramService {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private MemberScores scores;


    /** One row of a state's ranking: the program, its place and the caller's own score. */
    public record Ranked(SocialProgram program, Ranking.Place place, Integer myScore) implements Serializable {

        public Integer rank() {
            return place.rank();
        }

        public BigDecimal mean() {
            return place.mean();
        }

        public int count() {
            return place.count();
        }

        public boolean scored() {
            return place.scored();
        }
    }

    public SocialProgram create(long stateId, SocialProgram form, Long agencyId) {
        Caller caller = currentCaller.get();
        caller.requireSecretariatOf(stateId);
        State state = Records.found(em.find(State.class, stateId));
        form.placeIn(state, agency(agencyId));
        em.persist(form);
        audit.record(caller.username(), "CREATE", form, null);
        return form;
    }

    /** Saves a program edited in a form; refuses if someone saved it meanwhile. */
    public SocialProgram update(SocialProgram edited, Long agencyId) {
        Caller caller = currentCaller.get();
        SocialProgram program = load(edited.getId());
        caller.requireSecretariatOf(program.getStateId());
        ConcurrentChange.check(edited.getVersion(), program.getVersion());
        var before = program.auditSnapshot();
        program.takeFrom(edited);
        program.runBy(agency(agencyId));
        audit.record(caller.username(), "UPDATE", program, before);
        return program;
    }

    public void putYear(long programId, Integer fiscalYear, BigDecimal approved, BigDecimal modified, BigDecimal spent) {
        Caller caller = currentCaller.get();
        SocialProgram program = load(programId);
        caller.requireSecretariatOf(program.getStateId());
        var before = program.auditSnapshot();
        program.putYear(fiscalYear, approved, modified, spent);
        audit.record(caller.username(), "BUDGET", program, before);
    }

    public void removeYear(long programId, int fiscalYear) {
        Caller caller = currentCaller.get();
        SocialProgram program = load(programId);
        caller.requireSecretariatOf(program.getStateId());
        var before = program.auditSnapshot();
        program.removeYear(fiscalYear);
        audit.record(caller.username(), "BUDGET", program, before);
    }

    /** Publishes (true) or withdraws from the public (false). */
    public void publish(long programId, boolean published) {
        Caller caller = currentCaller.get();
        SocialProgram program = load(programId);
        caller.requireSecretariatOf(program.getStateId());
        var before = program.auditSnapshot();
        if (published) {
            program.publish();
        } else {
            program.unpublish();
        }
        audit.record(caller.username(), published ? "PUBLISH" : "UNPUBLISH", program, before);
    }

    /** The caller's own score (1–5) of a program: a first score or a change of the one given before. */
    public ProgramScore score(long programId, Integer score) {
        Caller caller = currentCaller.get();
        SocialProgram program = load(programId);
        caller.requireSecretariatOf(program.getStateId());
        return scores.record(caller, ProgramScore.class, "program", programId, score,
                (account, given, now) -> new ProgramScore(program, account, given, now));
    }

    /**
     * The state's programs in ranking order, for its secretariat: programs (agency and years), all
     * scores, in three queries whatever their number.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Ranked> ranking(long stateId) {
        Caller caller = currentCaller.get();
        caller.requireSecretariatOf(stateId);
        List<SocialProgram> programs = em.createQuery("select p from SocialProgram p join fetch p.agency "
                        + "where p.state.id = :s order by p.createdAt, p.id", SocialProgram.class)
                .setParameter("s", stateId)
                .setHint("eclipselink.batch", "p.years")
                .getResultList();
        Map<Long, List<Integer>> scores = new HashMap<>();
        Map<Long, Integer> mine = new HashMap<>();
        for (Object[] row : em.createQuery("select s.program.id, s.account.id, s.score from ProgramScore s "
                        + "where s.program.state.id = :s", Object[].class)
                .setParameter("s", stateId)
                .getResultList()) {
            Long programId = (Long) row[0];
            int score = ((Number) row[2]).intValue();
            scores.computeIfAbsent(programId, k -> new ArrayList<>()).add(score);
            if (row[1].equals(caller.accountId())) {
                mine.put(programId, score);
            }
        }
        Map<Long, SocialProgram> byId = programs.stream().collect(Collectors.toMap(SocialProgram::getId, Function.identity()));
        List<Ranking.Candidate> candidates = programs.stream()
                .map(p -> new Ranking.Candidate(p.getId(), p.getCreatedAt(), scores.getOrDefault(p.getId(), List.of())))
                .toList();
        return Ranking.of(candidates).stream()
                .map(place -> new Ranked(byId.get(place.priorityId()), place, mine.get(place.priorityId())))
                .toList();
    }

    /** A program with its agency and years, for the secretariat of its state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SocialProgram forSecretariat(long programId) {
        SocialProgram program = fetched(programId);
        currentCaller.get().requireSecretariatOf(program.getStateId());
        return program;
    }

    /** The scores of a program by member, highest first: for its secretariat. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgramScore> scores(long programId) {
        currentCaller.get().requireSecretariatOf(load(programId).getStateId());
        return em.createQuery("select s from ProgramScore s join fetch s.account where s.program.id = :p "
                        + "order by s.score desc, s.scoredAt", ProgramScore.class)
                .setParameter("p", programId)
                .getResultList();
    }

    /** A program as the public reads it: published, or else not found (its secretariat reads it always). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SocialProgram publicProgram(long programId) {
        SocialProgram program = fetched(programId);
        if (!program.isVisibleTo(currentCaller.get())) {
            throw new NotFoundException();
        }
        return program;
    }

    /** The published programs of a state, by name, with agency and years: two queries whatever their number. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SocialProgram> publishedOfState(long stateId) {
        return em.createQuery("select p from SocialProgram p join fetch p.agency join fetch p.state "
                        + "where p.state.id = :s and p.published = true order by p.name, p.id", SocialProgram.class)
                .setParameter("s", stateId)
                .setHint("eclipselink.batch", "p.years")
                .getResultList();
    }

    /** How many programs a state has: all for its secretariat, the published ones for anybody else. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countOfState(long stateId) {
        boolean secretariat = currentCaller.get().runsSecretariatOf(stateId);
        return em.createQuery("select count(p) from SocialProgram p where p.state.id = :s"
                        + (secretariat ? "" : " and p.published = true"), Long.class)
                .setParameter("s", stateId)
                .getSingleResult();
    }

    private SocialProgram fetched(long programId) {
        return em.createQuery("select p from SocialProgram p join fetch p.agency join fetch p.state where p.id = :id",
                        SocialProgram.class)
                .setParameter("id", programId)
                .setHint("eclipselink.left-join-fetch", "p.years")
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    SocialProgram load(long programId) {
        return Records.found(em.find(SocialProgram.class, programId));
    }

    private Actor agency(Long id) {
        Actor actor = id == null ? null : em.find(Actor.class, id);
        if (actor == null) {
            throw DomainException.onField("agency", "social.program.agency.required");
        }
        return actor;
    }
}
