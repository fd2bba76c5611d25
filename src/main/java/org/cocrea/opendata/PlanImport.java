package org.cocrea.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorService;
import org.cocrea.actor.ActorType;
import org.cocrea.actor.SimilarNames;
import org.cocrea.audit.AuditTrail;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.commitment.CommitmentText;
import org.cocrea.commitment.IncompleteCommitmentException;
import org.cocrea.milestone.Milestone;
import org.cocrea.milestone.MilestoneActivity;
import org.cocrea.milestone.MilestoneActivityService;
import org.cocrea.milestone.MilestoneService;
import org.cocrea.milestone.MilestoneStatus;
import org.cocrea.plan.ActionPlan;
import org.cocrea.shared.BundleText;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Records;
import org.cocrea.shared.Steps;

/**
 * Imports a plan's commitments, money, milestones and activities from a file (issue 14) into a plan of the
 * caller's state: only its secretariat. First {@link #preview}: the file's problems, the actors
 * matched to the state's map by name ({@link SimilarNames}: the same name once normalized; the
 * look-alikes are shown, never taken), and the rules of the plan and of each record checked on
 * copies that are never saved. Then {@link #run}: in one transaction, the ticked actors and every
 * record created through the same services as typing them (their rules, their audit), or nothing.
 * Each milestone's status and progress come in as the file says, by the milestone's own rules
 * ({@link Milestone#takeImported}: an imported report for a progress, a completion reason for a
 * complete one; a verified one comes in complete, waiting for its sign-offs), audited as IMPORT.
 */
@ApplicationScoped
public class PlanImport {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private ActorService actors;

    @Inject
    private CommitmentService commitments;

    @Inject
    private MilestoneService milestones;

    @Inject
    private MilestoneActivityService activities;

    @Inject
    private AuditTrail audit;

    @Inject
    private java.time.Clock clock;

    @Inject
    private Validator validator;

    /** The dry run of an import of drafts: nothing is written. {@code toCreate}: the unknown actors the person ticked, with their type. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportPreview preview(long planId, PlanFile file, Map<String, ActorType> toCreate) {
        return preview(planId, file, toCreate, false);
    }

    /**
     * The dry run; {@code publish}: each commitment to be published at the import, its publication
     * rules checked on the copies too, a commitment that could not be published a problem at its row.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportPreview preview(long planId, PlanFile file, Map<String, ActorType> toCreate, boolean publish) {
        return check(plan(planId), file, toCreate, publish);
    }

    /** Same check, then everything created in one transaction, as drafts; any problem and nothing is. */
    @Transactional
    public ImportResult run(long planId, PlanFile file, Map<String, ActorType> toCreate) {
        return run(planId, file, toCreate, false, new Steps());
    }

    /**
     * The same, a step done for each commitment created with its money and milestones: what
     * {@link ImportJobs} runs in the background. Still one transaction: a failure at the last
     * commitment undoes the first ones. {@code publish}: each commitment published once its money,
     * milestones and activities are in ({@link CommitmentService#publishImported}), in the same transaction.
     */
    @Transactional
    public ImportResult run(long planId, PlanFile file, Map<String, ActorType> toCreate, boolean publish, Steps steps) {
        Caller caller = currentCaller.get();
        ActionPlan plan = plan(planId);
        ImportPreview preview = check(plan, file, toCreate, publish);
        if (!preview.isReady()) {
            throw new ImportRefusedException(preview.problems());
        }
        long stateId = plan.getState().getId();
        Map<String, Long> ids = new LinkedHashMap<>();
        for (ImportPreview.ActorMatch match : preview.actors()) {
            if (match.isKnown()) {
                ids.put(match.name(), match.actorId());
            } else {
                Actor form = Actor.blank();
                form.setName(match.name());
                form.setType(toCreate.get(match.name()));
                ids.put(match.name(), actors.create(stateId, form, true).getId());
            }
        }
        int milestoneCount = 0;
        int activityCount = 0;
        steps.total(file.commitments().size());
        for (PlanFile.CommitmentRow row : file.commitments()) {
            CommitmentText text = row.text();
            Commitment form = Commitment.blank();
            form.getTemplate().takeFrom(text.getTemplate());
            Commitment created = commitments.create(planId, form, ids.get(text.getLeadInstitution()),
                    text.getCoResponsibles().stream().map(p -> ids.get(p.getName())).toList());
            audit.record(caller.username(), "IMPORT", created, null);
            long commitmentId = created.getId();
            for (PlanFile.BudgetRow budget : row.budget()) {
                commitments.putBudget(commitmentId, budget.fiscalYear(), budget.approved(), budget.modified(), budget.spent());
            }
            for (PlanFile.MilestoneRow m : row.milestones()) {
                long milestoneId = milestones.create(commitmentId, milestone(m), m.responsibles().stream().map(ids::get).toList()).getId();
                milestoneCount++;
                for (PlanFile.ActivityRow a : m.activities()) {
                    activities.add(milestoneId, activity(a), ids.get(a.responsible()));
                    activityCount++;
                }
                milestones.importStatus(milestoneId, m.status(), m.progress(), completionReason(m), reportNarrative(m));
            }
            if (publish) {
                commitments.publishImported(commitmentId);
            }
            steps.step();
        }
        audit.record(caller.username(), "IMPORT", plan, null);
        return new ImportResult(file.commitments().size(), milestoneCount, (int) preview.actors().stream().filter(a -> !a.isKnown()).count(),
                activityCount);
    }

    /** What an import created. */
    public record ImportResult(int commitments, int milestones, int actors, int activities) implements java.io.Serializable {
    }

    private ActionPlan plan(long planId) {
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        currentCaller.get().requireSecretariatOf(plan.getState().getId());
        return plan;
    }

    private ImportPreview check(ActionPlan plan, PlanFile file, Map<String, ActorType> toCreate, boolean publish) {
        List<ImportProblem> problems = new ArrayList<>(file.problems());
        List<ImportPreview.ActorMatch> matches = match(plan.getState().getId(), file);
        Set<String> unknown = new java.util.HashSet<>();
        matches.stream().filter(m -> !m.isKnown()).forEach(m -> unknown.add(m.name()));
        for (Map.Entry<String, ActorType> ticked : toCreate.entrySet()) {
            if (!unknown.contains(ticked.getKey()) || ticked.getValue() == null) {
                throw new DomainException("import.actor.notProposed"); // a tampered form: refused, nothing checked further
            }
        }
        Map<String, Actor> actorsByName = new LinkedHashMap<>();
        for (ImportPreview.ActorMatch match : matches) {
            if (match.isKnown()) {
                actorsByName.put(match.name(), em.find(Actor.class, match.actorId()));
            } else if (toCreate.containsKey(match.name())) {
                Actor form = Actor.blank();
                form.setName(match.name());
                form.setType(toCreate.get(match.name()));
                Actor created = Actor.of(plan.getState(), form);
                if (validator.validate(created).isEmpty()) {
                    actorsByName.put(match.name(), created);
                } else {
                    problems.add(ImportProblem.at(Where.file().column("actors"), "import.actor.invalid", match.name()));
                }
            }
        }
        Set<String> existing = new java.util.HashSet<>();
        em.createQuery("select c.template.title from Commitment c where c.plan = :plan", String.class)
                .setParameter("plan", plan)
                .getResultList()
                .forEach(title -> existing.add(SimilarNames.normalize(title)));
        for (PlanFile.CommitmentRow row : file.commitments()) {
            if (existing.contains(SimilarNames.normalize(row.title()))) {
                problems.add(ImportProblem.at(row.where().column("title"), "import.commitment.exists", row.title()));
            }
            int before = problems.size();
            Commitment copy = checkCommitment(plan, row, actorsByName, problems);
            if (publish && problems.size() == before) {
                checkPublication(row.where(), copy, problems);
            }
        }
        return new ImportPreview(plan.getId(), file, matches, problems);
    }

    /**
     * The publication rules on a commitment's copy that passed every other rule: each refusal a problem at
     * its row, a field publication needs at its column (milestones and the CSO co-responsible by name).
     */
    private static void checkPublication(Where where, Commitment copy, List<ImportProblem> problems) {
        try {
            copy.requirePublishableAtImport();
        } catch (IncompleteCommitmentException e) {
            for (String field : e.missingFields()) {
                problems.add(switch (field) {
                    case "milestones" -> ImportProblem.at(where, "import.publish.noMilestone");
                    case "coResponsibles" -> ImportProblem.at(where.column(field), "import.publish.noCso");
                    default -> ImportProblem.at(where.column(field), "import.publish.missing");
                });
            }
        } catch (DomainException e) {
            problems.add(ImportProblem.at(where, e.messageKey(), e.arguments()));
        }
    }

    /** The rules of a commitment and its milestones, on copies never saved; each refusal is a problem at its row. */
    private Commitment checkCommitment(ActionPlan plan, PlanFile.CommitmentRow row, Map<String, Actor> actorsByName,
                                 List<ImportProblem> problems) {
        CommitmentText text = row.text();
        Commitment copy = Commitment.blank();
        copy.getTemplate().takeFrom(text.getTemplate());
        copy.placeIn(plan);
        boolean actorsKnown = notInMap(row.where().column("leadInstitution"), text.getLeadInstitution(), actorsByName, problems);
        List<Actor> coResponsibles = new ArrayList<>();
        for (CommitmentText.Party party : text.getCoResponsibles()) {
            actorsKnown &= notInMap(row.where().column("coResponsibles"), party.getName(), actorsByName, problems);
            coResponsibles.add(actorsByName.get(party.getName()));
        }
        if (actorsKnown) {
            copy.setLeadInstitution(actorsByName.get(text.getLeadInstitution()));
            copy.setCoResponsibles(new java.util.LinkedHashSet<>(coResponsibles));
        }
        violations(row.where(), validator.validate(copy.getTemplate()), problems);
        if (!rule(row.where(), copy::checkConsistency, problems)) {
            return copy;
        }
        java.time.LocalDate today = plan.today(clock);
        for (PlanFile.MilestoneRow m : row.milestones()) {
            m.responsibles().forEach(name -> notInMap(m.where().column("responsibles"), name, actorsByName, problems));
            Milestone milestone = milestone(m);
            violations(m.where(), validator.validate(milestone), problems);
            if (!rule(m.where(), () -> milestone.attachTo(copy), problems)) {
                continue;
            }
            for (PlanFile.ActivityRow a : m.activities()) {
                if (notInMap(a.where().column("responsible"), a.responsible(), actorsByName, problems)) {
                    Actor responsible = actorsByName.get(a.responsible());
                    activityRule(a.where(), () -> activity(a).addTo(milestone, responsible, null), problems);
                }
            }
            rule(m.where(), () -> milestone.takeImported(m.status(), m.progress(), completionReason(m), reportNarrative(m), null, today),
                    problems);
        }
        return copy;
    }

    /** An activity of the file as its form would hold it. */
    private static MilestoneActivity activity(PlanFile.ActivityRow row) {
        MilestoneActivity activity = MilestoneActivity.of(row.title(), row.startDate(), row.endDate());
        activity.setStatus(row.status());
        return activity;
    }

    /**
     * Why an imported milestone is complete without a final report (issue 14), kept with it and shown to
     * its signers and the public: the file's reason, or that it was imported complete; for one the file
     * says verified, that its sign-offs are to be given in Cocrea. In Spanish, the records' language.
     */
    private static String completionReason(PlanFile.MilestoneRow m) {
        return switch (m.status()) {
            case COMPLETE -> m.completionReason() != null ? m.completionReason() : recordText("import.milestone.completeReason");
            case VERIFIED -> recordText("import.milestone.verifiedReason") + (m.completionReason() == null ? "" : " " + m.completionReason());
            default -> null;
        };
    }

    /** The narrative of the report that records an imported progress. */
    private static String reportNarrative(PlanFile.MilestoneRow m) {
        return m.status() == MilestoneStatus.IN_PROGRESS ? recordText("import.milestone.reportNarrative", m.progress()) : null;
    }

    private static String recordText(String key, Object... arguments) {
        return BundleText.of(java.util.Locale.forLanguageTag("es-MX"), key, arguments);
    }

    private static Milestone milestone(PlanFile.MilestoneRow row) {
        Milestone milestone = Milestone.blank();
        milestone.setTitle(row.title());
        milestone.setDeliverable(row.deliverable());
        milestone.setStartDate(row.startDate());
        milestone.setEndDate(row.endDate());
        milestone.setWeight(row.weight());
        return milestone;
    }

    /** False, with a problem, when an actor the file names is neither in the map nor ticked for creation. */
    private static boolean notInMap(Where where, String name, Map<String, Actor> actorsByName, List<ImportProblem> problems) {
        if (name == null || actorsByName.containsKey(name)) {
            return true;
        }
        problems.add(ImportProblem.at(where, "import.actor.notInMap", name));
        return false;
    }

    /** {@link #rule} for an activity: the form's field names are the file's columns. */
    private static void activityRule(Where where, Runnable rule, List<ImportProblem> problems) {
        try {
            rule.run();
        } catch (DomainException e) {
            String column = e.field() == null ? null : switch (e.field()) {
                case "activityTitle" -> "title";
                case "activityStart" -> "startDate";
                case "activityEnd" -> "endDate";
                case "activityResponsible" -> "responsible";
                default -> "status";
            };
            problems.add(ImportProblem.at(column == null ? where : where.column(column), e.messageKey(), e.arguments()));
        }
    }

    private static boolean rule(Where where, Runnable rule, List<ImportProblem> problems) {
        try {
            rule.run();
            return true;
        } catch (DomainException e) {
            problems.add(ImportProblem.at(e.field() == null ? where : where.column(e.field()), e.messageKey(), e.arguments()));
            return false;
        }
    }

    private static void violations(Where where, Set<? extends ConstraintViolation<?>> violations, List<ImportProblem> problems) {
        violations.stream()
                .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> problems.add(ImportProblem.at(where.column(v.getPropertyPath().toString()), "import.invalid",
                        v.getInvalidValue() == null ? "" : String.valueOf(v.getInvalidValue()).length())));
    }

    /** Each name the file gives, against the state's map: the same name once normalized, else its look-alikes. */
    private List<ImportPreview.ActorMatch> match(long stateId, PlanFile file) {
        List<Object[]> map = em.createQuery("select a.id, a.name, a.acronym from Actor a where a.state.id = :s order by a.name",
                        Object[].class)
                .setParameter("s", stateId)
                .getResultList();
        Set<String> leads = new java.util.HashSet<>();
        file.commitments().forEach(c -> {
            String lead = c.text().getLeadInstitution();
            if (lead != null) {
                leads.add(lead);
            }
        });
        List<ImportPreview.ActorMatch> matches = new ArrayList<>();
        for (String name : file.actorNames()) {
            Object[] same = map.stream().filter(a -> SimilarNames.same(name, (String) a[1])).findFirst().orElse(null);
            if (same != null) {
                matches.add(new ImportPreview.ActorMatch(name, (Long) same[0], (String) same[1], List.of(), null));
            } else {
                List<String> lookAlikes = map.stream().filter(a -> SimilarNames.similar(name, null, (String) a[1], (String) a[2]))
                        .map(a -> (String) a[1]).toList();
                matches.add(new ImportPreview.ActorMatch(name, null, null, lookAlikes,
                        leads.contains(name) ? ActorType.GOVERNMENT_AGENCY : ActorType.CSO));
            }
        }
        return matches;
    }
}
