package org.cocrea.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentText;
import org.cocrea.commitment.OpenGovernmentValue;
import org.cocrea.file.FileKind;
import org.cocrea.milestone.Milestone;
import org.cocrea.milestone.MilestoneStatus;
import org.cocrea.milestone.ProgressBoard;
import org.cocrea.plan.PlanStatus;
import org.cocrea.shared.NotFoundException;

/**
 * Reads the public rows of each open-data table, {@value #PAGE} at a time in id order (keyset
 * paging: each page starts after the last id of the one before), and hands them on one by one: a
 * download of the whole installation never holds more than a page in memory. Only public records
 * ({@link Commitment#publicWhere}: published commitments of published plans; their published
 * milestones and budget years, as published; activities, reports, evidence and sign-offs of those milestones;
 * the current published evaluation result of each moment, {@link ResultRows}; published social
 * programs with their money, conditions, risks and recommendations, {@link ProgramRows});
 * never a draft, a person's name or contact details. Scalar queries: nothing piles up in the
 * persistence context. Each row holds the values of its table's columns in dictionary order.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OpenDataReader {

    static final int PAGE = 500;

    private static final String PUBLIC_MILESTONE = "m.published = true and " + Commitment.publicWhere("c");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProgressBoard board;

    /** Refuses a scope naming nothing public (a draft plan, another state's draft, a missing id): not found. */
    public void requirePublic(Scope scope) {
        String jpql = switch (scope.kind()) {
            case ALL -> null;
            case STATE -> "select count(s) from State s where s.id = :scope";
            case PLAN -> "select count(p) from ActionPlan p where p.id = :scope and p.status <> " + PlanStatus.class.getName() + ".DRAFT";
            case COMMITMENT -> "select count(c) from Commitment c where c.id = :scope and " + Commitment.publicWhere("c");
            case PROGRAM -> "select count(p) from SocialProgram p where p.id = :scope and p.published = true";
        };
        if (jpql != null && scope.bind(em.createQuery(jpql, Long.class)).getSingleResult() == 0) {
            throw new NotFoundException();
        }
    }

    /** Every row of a table in the scope, in id order; {@code baseUrl} makes evidence download addresses absolute. */
    public void rows(String table, Scope scope, String baseUrl, Consumer<List<Object>> sink) {
        long after = 0;
        while (true) {
            List<Object[]> page = page(table, scope, after);
            if (page.isEmpty()) {
                return;
            }
            rowsOf(table, page, baseUrl).forEach(sink);
            if (page.size() < PAGE) {
                return;
            }
            after = (Long) page.get(page.size() - 1)[0];
        }
    }

    /** One page of the API: up to {@code limit} rows after the id {@code after}, and the cursor of the next page. */
    public record Page(List<JsonObject> items, Long next) {
    }

    /** A page of a table's public rows as JSON objects keyed by the dictionary's column names. */
    public Page page(String table, Scope scope, long after, int limit, String baseUrl) {
        List<Object[]> page = page(table, scope, after, limit);
        DataDictionary.Table columns = DataDictionary.get().table(table);
        List<JsonObject> items = rowsOf(table, page, baseUrl).stream().map(row -> Cells.json(columns, row)).toList();
        return new Page(items, page.size() < limit ? null : (Long) page.get(page.size() - 1)[0]);
    }

    /** The states with a published plan (their id, code and name), a page at a time; {@code id} alone for one. */
    public Page states(Long id, long after, int limit) {
        var query = em.createQuery("select distinct s.id, s.code, s.name from ActionPlan p join p.state s "
                        + "where p.status <> " + PlanStatus.class.getName() + ".DRAFT and s.id > :after"
                        + (id == null ? "" : " and s.id = :id") + " order by s.id", Object[].class)
                .setParameter("after", after)
                .setMaxResults(limit);
        if (id != null) {
            query.setParameter("id", id);
        }
        List<Object[]> rows = query.getResultList();
        List<JsonObject> items = rows.stream().map(r -> Json.createObjectBuilder()
                .add("stateId", (Long) r[0]).add("code", (String) r[1]).add("name", (String) r[2]).build()).toList();
        return new Page(items, rows.size() < limit ? null : (Long) rows.get(rows.size() - 1)[0]);
    }

    private List<Object[]> page(String table, Scope scope, long after) {
        return page(table, scope, after, PAGE);
    }

    private List<Object[]> page(String table, Scope scope, long after, int limit) {
        String jpql = switch (table) {
            case "plans" -> "select p.id, s.code, s.name, p.title, p.cycleStart, p.cycleEnd, p.phase, p.status, p.publishedAt "
                    + "from ActionPlan p join p.state s where p.status <> " + PlanStatus.class.getName() + ".DRAFT and "
                    + scope.onPlan("p") + " and p.id > :after order by p.id";
            case "commitments" -> "select c.id, c.plan.id, c.plan.state.code, c.publishedVersion, c.publishedAt, v.snapshot "
                    + "from CommitmentVersion v join v.commitment c where v.number = c.publishedVersion and "
                    + Commitment.publicWhere("c") + " and " + scope.onCommitment("c") + " and c.id > :after order by c.id";
            case "budget" -> "select b.id, c.id, b.fiscalYear, b.publishedApproved, b.modified, b.spent "
                    + "from BudgetLine b join b.commitment c where b.published = true and " + Commitment.publicWhere("c")
                    + " and " + scope.onCommitment("c") + " and b.id > :after order by b.id";
            case "milestones" -> "select m.id, c.id, m.publishedTitle, m.publishedDeliverable, m.publishedStartDate, "
                    + "m.publishedEndDate, m.publishedWeight, m.status, m.reportedPercent, m.completionReason "
                    + "from Milestone m join m.commitment c where " + PUBLIC_MILESTONE + " and " + scope.onCommitment("c")
                    + " and m.id > :after order by m.id";
            // activities (issue 13) are follow-up, public with their milestone, as its reports are
            case "activities" -> "select a.id, m.id, a.title, a.startDate, a.endDate, resp.name, a.status "
                    + "from MilestoneActivity a join a.milestone m join m.commitment c join a.responsible resp where "
                    + PUBLIC_MILESTONE + " and " + scope.onCommitment("c") + " and a.id > :after order by a.id";
            case "reports" -> "select r.id, m.id, r.reportedOn, r.percent, r.label, r.narrative "
                    + "from ProgressReport r join r.milestone m join m.commitment c where " + PUBLIC_MILESTONE + " and "
                    + scope.onCommitment("c") + " and r.id > :after order by r.id";
            case "evidence" -> "select e.id, r.id, e.stored.kind, e.stored.fileName, e.stored.url, e.stored.mediaType, "
                    + "e.stored.sizeBytes, e.stored.sha256, e.stored.createdAt "
                    + "from Evidence e join e.report r join r.milestone m join m.commitment c where " + PUBLIC_MILESTONE
                    + " and " + scope.onCommitment("c") + " and e.id > :after order by e.id";
            case "signOffs" -> "select s.id, m.id, s.party, a.name, s.signedAt "
                    + "from SignOff s join s.milestone m join m.commitment c join s.signedBy acc left join acc.actor a where "
                    + PUBLIC_MILESTONE + " and " + scope.onCommitment("c") + " and s.id > :after order by s.id";
            // published evaluation results (issue 14): the current published version of each moment
            case "results" -> ResultRows.pageQuery(scope);
            // the published social programs (issue 15), theirs and their risks' and recommendations'
            case "programs", "programBudget", "programConditions", "programRisks", "recommendations" -> ProgramRows.pageQuery(table, scope);
            default -> throw new IllegalArgumentException("no open data table " + table);
        };
        return scope.bind(em.createQuery(jpql, Object[].class))
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultList();
    }

    /** A page of query results as rows of the table's columns (with what one more query per page adds). */
    private List<List<Object>> rowsOf(String table, List<Object[]> page, String baseUrl) {
        List<Long> ids = page.stream().map(r -> (Long) r[0]).toList();
        return switch (table) {
            case "plans" -> {
                Map<Long, ProgressBoard.Summary> progress = board.byPlan(ids, true);
                yield page.stream().map(r -> row(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8],
                        percent(progress.get((Long) r[0])))).toList();
            }
            case "commitments" -> {
                Map<Long, ProgressBoard.Summary> progress = board.byCommitment(ids, true);
                yield page.stream().map(r -> commitmentRow(r, percent(progress.get((Long) r[0])))).toList();
            }
            case "milestones" -> {
                Map<Long, List<String>> responsibles = responsiblesOf(ids);
                yield page.stream().map(r -> row(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7],
                        Milestone.progressOf((MilestoneStatus) r[7], (Integer) r[8]).rounded(),
                        responsibles.getOrDefault((Long) r[0], List.of()), r[9])).toList();
            }
            case "evidence" -> page.stream().map(r -> {
                boolean file = r[2] == FileKind.FILE;
                String url = file ? baseUrl + "/evidence/" + r[0] : (String) r[4];
                return row(r[0], r[1], r[2], file ? r[3] : r[4], r[5], r[6], r[7], url, r[8]);
            }).toList();
            case "results" -> ResultRows.rows(em, page);
            case "programs", "programConditions", "programRisks", "recommendations" -> ProgramRows.rows(em, table, page);
            default -> page.stream().map(r -> row(r)).toList();
        };
    }

    /** A commitment's row: its ids, its progress and the published version's text, field by field. */
    private static List<Object> commitmentRow(Object[] r, Integer progress) {
        CommitmentText text = CommitmentText.fromJson((String) r[5]);
        Map<String, String> plain = text.plainFields();
        List<Object> row = new ArrayList<>(List.of(r[0], r[1], r[2], r[3]));
        row.add(r[4]);
        row.add(progress);
        for (DataDictionary.Column column : DataDictionary.get().table("commitments").columns()) {
            if (!column.template()) {
                continue;
            }
            row.add(switch (column.name()) {
                case "values" -> text.getTemplate().getValues().stream().sorted().map(OpenGovernmentValue::name).toList();
                case "coResponsibles" -> text.getCoResponsibles().stream().map(CommitmentText.Party::getName).toList();
                case "startDate" -> text.getTemplate().getStartDate();
                case "endDate" -> text.getTemplate().getEndDate();
                default -> plain.get(column.name());
            });
        }
        return row;
    }

    private Map<Long, List<String>> responsiblesOf(List<Long> milestoneIds) {
        Map<Long, List<String>> names = new LinkedHashMap<>();
        em.createQuery("select m.id, a.name from Milestone m join m.responsibles a where m.id in :ids order by a.name", Object[].class)
                .setParameter("ids", milestoneIds)
                .getResultList()
                .forEach(r -> names.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
        return names;
    }

    private static Integer percent(ProgressBoard.Summary summary) {
        return summary == null ? null : summary.progress().rounded();
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

}
