package org.cocrea.opendata;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cocrea.commitment.Commitment;
import org.cocrea.evaluation.Item;
import org.cocrea.evaluation.Moment;
import org.cocrea.evaluation.Verdict;

/**
 * The open-data table {@code results}: the published evaluation results as the public commitment
 * page shows them ({@code ResultsService}): of each public commitment and moment, the current
 * published version only (the latest one a publication took in; never a version still being
 * recorded), its levels, justifications, reconciliation notes and references, the computed verdict
 * and the lead institution's reply. Never who evaluated nor an individual assessment. The item
 * columns are named after {@link Item} ({@code RELEVANCE_INCLUSION} → {@code relevanceInclusion},
 * its justification {@code relevanceInclusionJustification}). Two queries a page, besides the page's own.
 */
final class ResultRows {

    /** The page query's select and conditions; {@code :after} and the scope's parameter are bound by the reader. */
    static String pageQuery(Scope scope) {
        return "select v.id, c.id, v.moment, v.number, pub.signedAt, v.correction "
                + "from ResultVersion v join v.commitment c join v.publication pub where " + Commitment.publicWhere("c")
                + " and " + scope.onCommitment("c") + " and v.number = (select max(w.number) from ResultVersion w "
                + "where w.commitment = c and w.moment = v.moment and w.publication is not null)"
                + " and v.id > :after order by v.id";
    }

    private ResultRows() {
    }

    /** One row per result version of the page, in the dictionary's column order. */
    static List<List<Object>> rows(EntityManager em, List<Object[]> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(r -> (Long) r[0]).toList();
        Map<Long, List<Object[]>> items = new HashMap<>();
        em.createQuery("select v.id, i.item, i.level, i.justification, i.refs, i.note from ResultVersion v join v.items i "
                        + "where v.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> items.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(r));
        Map<Long, Object[]> replies = new HashMap<>();
        em.createQuery("select r.commitment.id, r.body, a.name from GovernmentReply r join r.actor a where r.commitment.id in :ids",
                        Object[].class)
                .setParameter("ids", page.stream().map(r -> (Long) r[1]).distinct().toList())
                .getResultList()
                .forEach(r -> replies.put((Long) r[0], r));
        DataDictionary.Table table = DataDictionary.get().table("results");
        List<List<Object>> rows = new ArrayList<>();
        for (Object[] r : page) {
            Map<String, Object> cells = cells(r, items.getOrDefault((Long) r[0], List.of()), replies.get((Long) r[1]));
            List<Object> row = new ArrayList<>();
            table.columns().forEach(column -> row.add(cells.get(column.name())));
            rows.add(row);
        }
        return rows;
    }

    /** A version's values by column name. */
    private static Map<String, Object> cells(Object[] r, List<Object[]> items, Object[] reply) {
        Map<String, Object> cells = new LinkedHashMap<>();
        cells.put("resultId", r[0]);
        cells.put("commitmentId", r[1]);
        cells.put("moment", r[2]);
        cells.put("version", r[3]);
        cells.put("publishedAt", r[4]);
        cells.put("correction", r[5]);
        Map<Item, String> levels = new EnumMap<>(Item.class);
        List<String> notes = new ArrayList<>();
        List<String> references = new ArrayList<>();
        items.stream().sorted(java.util.Comparator.comparing(i -> (Item) i[1])).forEach(i -> {
            Item item = (Item) i[1];
            levels.put(item, (String) i[2]);
            cells.put(column(item), i[2]);
            cells.put(column(item) + "Justification", i[3]);
            if (i[4] != null) {
                ((String) i[4]).lines().map(String::strip).filter(s -> !s.isEmpty() && !references.contains(s)).forEach(references::add);
            }
            if (i[5] != null) {
                notes.add(item.name() + ": " + i[5]);
            }
        });
        Verdict verdict = new Verdict(levels);
        cells.put("verdict", r[2] == Moment.DESIGN ? (verdict.promising() ? "PROMISING" : null)
                : (verdict.strongEarlyResults() ? "STRONG_EARLY_RESULTS" : null));
        cells.put("notes", notes);
        cells.put("references", references);
        cells.put("reply", reply == null ? null : reply[1]);
        cells.put("replyBy", reply == null ? null : reply[2]);
        return cells;
    }

    /** An item's column: its name in lower camel case. */
    static String column(Item item) {
        StringBuilder name = new StringBuilder();
        for (String word : item.name().toLowerCase(Locale.ROOT).split("_")) {
            name.append(name.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }
}
