package org.cocrea.transparency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.cocrea.file.FileContent;
import org.cocrea.transparency.tree.CompactRange;
import org.cocrea.transparency.tree.Hex;
import org.cocrea.transparency.tree.Rfc6962;
import org.cocrea.transparency.tree.Subtree;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The self-audit: rebuilds the tree from the entries' contents alone, checks every signed head
 * against it (root and signature), checks that the indexes are dense and the stored leaf hashes
 * are the contents', holds every record the features can state again ({@link LoggedRecords})
 * against its entry (a row edited behind the application's back), and re-hashes a random sample of the evidence bytes the log vouches for
 * ({@code file.FileContent}) against the logged SHA-256. Records what it found ({@link AuditRun});
 * a finding is logged as SEVERE for the administrators and shown on the public status page.
 */
@ApplicationScoped
@Transactional
public class LogAuditor {

    private static final Logger LOG = Logger.getLogger(LogAuditor.class.getName());

    /** How many recomputed subtrees are held against the stored ones in one query. */
    private static final int SUBTREE_BATCH = 2_000;

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    /** A run with findings, in its transaction: the administrators are mailed (operations.TransparencyAlerts). */
    @Inject
    private Event<AuditRun> failedAudits;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "cocrea.transparency.audit.sample", defaultValue = "50")
    private int sampleSize;

    @Inject
    @Any
    private Instance<LoggedRecords> features;

    public AuditRun run() {
        return run(sampleSize);
    }

    /** Runs the audit, re-hashing up to {@code sample} evidence files. */
    public AuditRun run(int sample) {
        List<Finding> findings = new ArrayList<>();
        Map<String, byte[]> keys = new HashMap<>();
        for (PublishedKey key : em.createQuery("select k from PublishedKey k", PublishedKey.class).getResultList()) {
            keys.put(key.getKeyId(), key.x509());
        }
        List<SignedHead> heads = em.createQuery("select h from SignedHead h order by h.treeSize", SignedHead.class).getResultList();
        List<Object[]> entries = em.createQuery("select e.leafIndex, e.content, e.leafHash, e.contentId, e.kind, e.subjectId "
                + "from LogEntry e order by e.leafIndex", Object[].class).getResultList();
        Map<EntryKind, LoggedRecords> records = new HashMap<>();
        features.forEach(f -> f.kinds().forEach(k -> records.put(k, f)));

        CompactRange range = CompactRange.empty();
        int nextHead = 0;
        long heldUpTo = 0;           // the size of the last head whose root recomputed
        boolean rootBroken = false;  // after the first broken root every later head fails too: named once
        List<Object[]> withBytes = new ArrayList<>();
        Map<Subtree, byte[]> completed = new HashMap<>(); // held against the stored subtrees in batches
        Finding subtreeBroken = null; // the first stored subtree that does not recompute: named once
        for (Object[] row : entries) {
            long index = (Long) row[0];
            if (index != range.size()) {
                findings.add(new Finding("gap", range.size(), "next index " + index));
                break;
            }
            byte[] leaf = LogEntry.leafHashOf((String) row[1]);
            if (!Hex.of(leaf).equals(row[2])) {
                findings.add(new Finding("leaf-hash", index, "stored " + row[2] + ", content hashes to " + Hex.of(leaf)));
            }
            if (row[3] != null) {
                withBytes.add(row);
            }
            LoggedRecords feature = records.get((EntryKind) row[4]);
            if (feature != null) {
                feature.current((EntryKind) row[4], (Long) row[5])
                        .flatMap(now -> differences(index, (String) row[1], now))
                        .ifPresent(findings::add);
                if (index % 500 == 499) {
                    em.clear(); // the records read so far are not needed again
                }
            }
            completed.putAll(range.append(leaf));
            if (completed.size() >= SUBTREE_BATCH && subtreeBroken == null) {
                subtreeBroken = storedSubtrees(completed).orElse(null);
            }
            for (; nextHead < heads.size() && heads.get(nextHead).getTreeSize() <= range.size(); nextHead++) {
                SignedHead head = heads.get(nextHead);
                if (head.getTreeSize() < range.size()) {
                    continue; // a head of a size already passed: duplicate sizes cannot exist (primary key)
                }
                byte[] key = keys.get(head.getKeyId());
                if (key == null) {
                    findings.add(new Finding("unknown-key", head.getTreeSize() - 1, head.getKeyId()));
                } else if (!head.head().verify(key, Hex.parse(head.getSignature()))) {
                    findings.add(new Finding("signature", head.getTreeSize() - 1, "head of size " + head.getTreeSize()));
                }
                if (MessageDigest.isEqual(range.root(), Hex.parse(head.getRootHash()))) {
                    heldUpTo = head.getTreeSize();
                } else if (!rootBroken) {
                    rootBroken = true;
                    findings.add(new Finding("root", heldUpTo, "head of size " + head.getTreeSize()
                            + " does not recompute; the first changed entry is between " + heldUpTo + " and " + (head.getTreeSize() - 1)));
                }
            }
        }
        if (subtreeBroken == null) {
            subtreeBroken = storedSubtrees(completed).orElse(null);
        }
        if (subtreeBroken != null) {
            findings.add(subtreeBroken);
        }
        long size = em.find(LogState.class, LogState.THE_LOG).treeSize();
        if (size != range.size()) {
            findings.add(new Finding("size", range.size(), "the log says " + size + " entries"));
        }
        findings.addAll(rehash(withBytes, sample));

        AuditRun run = new AuditRun(clock.instant(), range.size(), findings);
        em.persist(run);
        if (!run.isOk()) {
            findings.forEach(f -> LOG.severe(() -> "TRANSPARENCY LOG AUDIT: " + f.code() + " at entry " + f.entry() + ": " + f.detail()));
            failedAudits.fire(run);
        }
        return run;
    }

    /** The latest audit, or null before the first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditRun latest() {
        return em.createQuery("select a from AuditRun a order by a.id desc", AuditRun.class)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /**
     * The stored subtrees that proofs are made of ({@link TreeNode}) against the recomputed ones: the
     * first one missing or changed (the smallest, then by its first leaf: a changed entry is named by its
     * own leaf, not by the larger subtrees above it, whatever the log's size), which would make the server's
     * proofs fail. Empties {@code completed}.
     */
    private java.util.Optional<Finding> storedSubtrees(Map<Subtree, byte[]> completed) {
        if (completed.isEmpty()) {
            return java.util.Optional.empty();
        }
        Map<Long, String> stored = new HashMap<>();
        em.createQuery("select n.subtree, n.hash from TreeNode n where n.subtree in :keys", Object[].class)
                .setParameter("keys", completed.keySet().stream().map(Subtree::key).toList())
                .getResultList().forEach(row -> stored.put((Long) row[0], (String) row[1]));
        java.util.Optional<Finding> first = completed.entrySet().stream()
                .filter(e -> !Hex.of(e.getValue()).equals(stored.get(e.getKey().key())))
                .min(java.util.Comparator.comparingInt((Map.Entry<Subtree, byte[]> e) -> e.getKey().level())
                        .thenComparingLong(e -> e.getKey().index() << e.getKey().level()))
                .map(e -> new Finding("subtree", e.getKey().index() << e.getKey().level(), "level " + e.getKey().level()
                        + " index " + e.getKey().index() + ": stored " + stored.getOrDefault(e.getKey().key(), "nothing")
                        + ", recomputes to " + Hex.of(e.getValue())));
        completed.clear();
        return first;
    }

    /** The first fact of the record that no longer reads as its entry logged it. */
    private static java.util.Optional<Finding> differences(long index, String logged, EntryFacts now) {
        JsonObject entry = Json.createReader(new StringReader(logged)).readObject();
        for (Map.Entry<String, Object> fact : now.fields().entrySet()) {
            String key = fact.getKey();
            String is = String.valueOf(fact.getValue());
            if (!entry.containsKey(key) && entry.containsKey(key + EntryFacts.HASHED)) {
                // logged only as its hash (EntryFacts.hashOf): the record's text must hash to it
                key = key + EntryFacts.HASHED;
                is = Hex.of(Rfc6962.sha256(is.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
            JsonValue was = entry.get(key);
            String said = was == null ? "nothing" : was instanceof JsonString text ? text.getString() : was.toString();
            if (!is.equals(said)) {
                return java.util.Optional.of(new Finding("record", index,
                        key + " reads " + is + " in the record, the log says " + said));
            }
        }
        return java.util.Optional.empty();
    }

    private List<Finding> rehash(List<Object[]> withBytes, int sample) {
        List<Object[]> chosen = new ArrayList<>(withBytes);
        Collections.shuffle(chosen);
        List<Finding> findings = new ArrayList<>();
        for (Object[] row : chosen.subList(0, Math.min(sample, chosen.size()))) {
            long index = (Long) row[0];
            JsonObject content = Json.createReader(new StringReader((String) row[1])).readObject();
            FileContent bytes = em.find(FileContent.class, row[3]);
            if (bytes == null) {
                findings.add(new Finding("missing-bytes", index, "file content " + row[3]));
                continue;
            }
            String actual = Hex.of(Rfc6962.sha256(bytes.getContent()));
            if (!actual.equals(content.getString("sha256", ""))) {
                findings.add(new Finding("bytes", index, "logged " + content.getString("sha256", "?") + ", bytes hash to " + actual));
            }
            em.detach(bytes);
        }
        return findings;
    }
}
