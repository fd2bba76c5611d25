package org.cocrea.opendata;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.social.ComplaintRoute;
import org.cocrea.social.ComplaintStatus;
import org.cocrea.social.RiskBand;

/**
 * The open-data tables of the social programs (issue 15): {@code programs}, {@code programBudget},
 * {@code programConditions}, {@code programRisks} and {@code recommendations}, of published programs
 * only, as their public page shows them: a risk's description only where the secretariat made it
 * public; complaints only as counts by status and by route, never what was complained of nor by whom;
 * nothing of the vigilance groups' members. A risk's level is its current one (the latest review's).
 * One query a page, besides the page's own: the complaint counts, the risks' latest reviews, the risks a
 * recommendation mitigates.
 */
final class ProgramRows {

    private ProgramRows() {
    }

    /** The page query of a table; {@code :after} and the scope's parameter are bound by the reader. */
    static String pageQuery(String table, Scope scope) {
        String published = "p.published = true and " + scope.onProgram("p");
        return switch (table) {
            case "programs" -> "select p.id, s.code, p.name, a.name, p.budgetProgramKey, p.fundingSource, p.targetPopulation, "
                    + "p.beneficiariesPlanned, p.beneficiariesReached, p.rulesUrl, p.openData "
                    + "from SocialProgram p join p.state s join p.agency a where " + published + " and p.id > :after order by p.id";
            case "programBudget" -> "select y.id, p.id, y.fiscalYear, y.approved, y.modified, y.spent "
                    + "from ProgramYear y join y.program p where " + published + " and y.id > :after order by y.id";
            case "programConditions" -> "select k.id, p.id, d.nameEs, d.nameEn, k.met, k.note, k.checkedOn "
                    + "from ConditionCheck k join k.program p join k.condition d where d.active = true and " + published
                    + " and k.id > :after order by k.id";
            case "programRisks" -> "select r.id, p.id, r.dimension, r.descriptionPublic, r.description, r.level.likelihood, "
                    + "r.level.impact, r.identifiedOn from ProgramRisk r join r.program p where " + published
                    + " and r.id > :after order by r.id";
            case "recommendations" -> "select r.id, p.id, a.name, r.what, r.answerDueOn, r.answer, r.answerText, r.answeredOn, "
                    + "r.followUpStatus, r.followUpNote, r.followUpOn from Recommendation r join r.program p join r.authority a where "
                    + published + " and r.id > :after order by r.id";
            default -> throw new IllegalArgumentException("no social program table " + table);
        };
    }

    /** One row per result of the page, in the dictionary's column order. */
    static List<List<Object>> rows(EntityManager em, String table, List<Object[]> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(r -> (Long) r[0]).toList();
        return switch (table) {
            case "programs" -> programs(em, page, ids);
            case "programConditions" -> page.stream().map(r -> row(r[0], r[1], r[2], r[3], (Boolean) r[4] ? "YES" : "NO", r[5], r[6])).toList();
            case "programRisks" -> {
                // the current level is the latest review's (by day, then id, as ProgramRisk orders them), else the one found
                Map<Long, int[]> current = new HashMap<>();
                em.createQuery("select v.risk.id, v.level.likelihood, v.level.impact from RiskReview v where v.risk.id in :ids "
                                + "order by v.risk.id, v.reviewedOn, v.id", Object[].class)
                        .setParameter("ids", ids)
                        .getResultList()
                        .forEach(v -> current.put((Long) v[0], new int[] {(Integer) v[1], (Integer) v[2]}));
                yield page.stream().map(r -> {
                    int[] level = current.getOrDefault((Long) r[0], new int[] {(Integer) r[5], (Integer) r[6]});
                    return row(r[0], r[1], r[2], (Boolean) r[3] ? r[4] : null, level[0], level[1], RiskBand.of(level[0] * level[1]), r[7]);
                }).toList();
            }
            case "recommendations" -> {
                Map<Long, List<String>> risks = new HashMap<>();
                em.createQuery("select r.id, k.id from Recommendation r join r.risks k where r.id in :ids order by k.id", Object[].class)
                        .setParameter("ids", ids)
                        .getResultList()
                        .forEach(k -> risks.computeIfAbsent((Long) k[0], x -> new ArrayList<>()).add(String.valueOf(k[1])));
                yield page.stream().map(r -> row(r[0], r[1], r[2], r[3], r[4], risks.getOrDefault((Long) r[0], List.of()),
                        r[5], r[6], r[7], r[8], r[9], r[10])).toList();
            }
            default -> page.stream().map(ProgramRows::row).toList();
        };
    }

    /** A program's row: its facts, its open data sources, and its complaints counted by status and by route. */
    private static List<List<Object>> programs(EntityManager em, List<Object[]> page, List<Long> ids) {
        Map<Long, Map<Object, Long>> counts = new HashMap<>();
        em.createQuery("select c.program.id, c.status, c.route, count(c) from Complaint c where c.program.id in :ids "
                        + "group by c.program.id, c.status, c.route", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(c -> {
                    Map<Object, Long> of = counts.computeIfAbsent((Long) c[0], x -> new HashMap<>());
                    long n = ((Number) c[3]).longValue();
                    of.merge(c[1], n, Long::sum);
                    if (c[2] != null) {
                        of.merge(c[2], n, Long::sum);
                    }
                });
        DataDictionary.Table table = DataDictionary.get().table("programs");
        List<List<Object>> rows = new ArrayList<>();
        for (Object[] r : page) {
            Map<Object, Long> of = counts.getOrDefault((Long) r[0], Map.of());
            Map<String, Object> cells = new HashMap<>();
            List<String> facts = List.of("programId", "stateCode", "name", "agency", "budgetProgramKey", "fundingSource",
                    "targetPopulation", "beneficiariesPlanned", "beneficiariesReached", "rulesUrl");
            for (int i = 0; i < facts.size(); i++) {
                cells.put(facts.get(i), r[i]);
            }
            String sources = (String) r[10];
            cells.put("dataSources", sources == null ? List.of() : sources.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
            for (ComplaintStatus status : ComplaintStatus.values()) {
                cells.put(countColumn(status), of.getOrDefault(status, 0L));
            }
            for (ComplaintRoute route : ComplaintRoute.values()) {
                cells.put(countColumn(route), of.getOrDefault(route, 0L));
            }
            List<Object> row = new ArrayList<>();
            table.columns().forEach(column -> row.add(cells.get(column.name())));
            rows.add(row);
        }
        return rows;
    }

    /** The column counting a program's complaints in a status ({@code complaintsClosed}) or channelled by a route ({@code complaintsViaComptroller}). */
    static String countColumn(Enum<?> statusOrRoute) {
        StringBuilder name = new StringBuilder(statusOrRoute instanceof ComplaintRoute ? "complaintsVia" : "complaints");
        for (String word : statusOrRoute.name().toLowerCase(java.util.Locale.ROOT).split("_")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    private static List<Object> row(Object... values) {
        return java.util.Arrays.asList(values);
    }
}
