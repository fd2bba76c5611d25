package org.cocrea.transparency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocrea.shared.NotFoundException;
import org.cocrea.transparency.tree.CompactRange;
import org.cocrea.transparency.tree.Hex;
import org.cocrea.transparency.tree.MerkleTree;
import org.cocrea.transparency.tree.Subtree;
import org.cocrea.transparency.tree.TreeHead;

/**
 * The append-only log of evidence and verdicts (RFC 6962). {@link #append} runs inside the
 * transaction of the event it records: it locks the log's one row ({@code SELECT … FOR UPDATE}),
 * so appends from every instance of a cluster take their turn, the leaf index is the tree's size
 * (dense, 0..n−1), and a head is signed for the new size. If the event's transaction rolls back,
 * so do its entries and heads. The reads are public: everything here is public by construction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TransparencyLog {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private HeadSigner signer;

    @Inject
    private Clock clock;

    @Inject
    private Event<SignedHead> newHeads;

    /** Appends the facts of {@code record} (asked after a flush, so new records have ids) and signs the new head. */
    @Transactional(Transactional.TxType.MANDATORY)
    public LogEntry append(Loggable record) {
        em.flush();
        EntryFacts facts = record.loggedFacts();
        LogState state = em.find(LogState.class, LogState.THE_LOG, LockModeType.PESSIMISTIC_WRITE);
        CompactRange range = state.range();
        LogEntry entry = new LogEntry(range.size(), facts, clock.instant());
        range.append(Hex.parse(entry.getLeafHash())).forEach((subtree, hash) -> em.persist(new TreeNode(subtree, hash)));
        state.advanceTo(range);
        em.persist(entry);
        if (em.find(PublishedKey.class, signer.keyId()) == null) {
            em.persist(new PublishedKey(signer.keyId(), signer.publicKey(), clock.instant()));
        }
        TreeHead head = new TreeHead(range.size(), range.root(), clock.millis(), signer.keyId());
        SignedHead signed = new SignedHead(head, signer.sign(head));
        em.persist(signed);
        newHeads.fire(signed);
        return entry;
    }

    /** The latest signed head; not found while the log is empty. */
    public SignedHead latestHead() {
        return em.createQuery("select h from SignedHead h order by h.treeSize desc", SignedHead.class)
                .setMaxResults(1).getResultStream().findFirst().orElseThrow(NotFoundException::new);
    }

    /** Heads from {@code fromSize} upwards, oldest first. */
    public List<SignedHead> heads(long fromSize, int limit) {
        return em.createQuery("select h from SignedHead h where h.treeSize >= :from order by h.treeSize", SignedHead.class)
                .setParameter("from", fromSize).setMaxResults(limit).getResultList();
    }

    public SignedHead head(long size) {
        return Optional.ofNullable(em.find(SignedHead.class, size)).orElseThrow(NotFoundException::new);
    }

    public LogEntry entry(long index) {
        return Optional.ofNullable(em.find(LogEntry.class, index)).orElseThrow(NotFoundException::new);
    }

    /** Entries from {@code fromIndex} upwards, in index order. */
    public List<LogEntry> entries(long fromIndex, int limit) {
        return em.createQuery("select e from LogEntry e where e.leafIndex >= :from order by e.leafIndex", LogEntry.class)
                .setParameter("from", fromIndex).setMaxResults(limit).getResultList();
    }

    /** The entries of a commitment, in index order. Public facts only: callers decide whether the commitment is shown. */
    public List<LogEntry> ofCommitment(long commitmentId) {
        return em.createQuery("select e from LogEntry e where e.commitmentId = :c order by e.leafIndex", LogEntry.class)
                .setParameter("c", commitmentId).getResultList();
    }

    /** The entries about given records of a kind (e.g. the evidence of a page), in index order. */
    public List<LogEntry> about(EntryKind kind, java.util.Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from LogEntry e where e.kind = :k and e.subjectId in :ids order by e.leafIndex", LogEntry.class)
                .setParameter("k", kind).setParameter("ids", subjectIds).getResultList();
    }

    public List<PublishedKey> keys() {
        return em.createQuery("select k from PublishedKey k order by k.firstUsed, k.keyId", PublishedKey.class).getResultList();
    }

    /** The audit path of entry {@code index} in the tree of {@code size} leaves (size ≤ the log's). */
    public List<byte[]> inclusionProof(long index, long size) {
        requireSize(size);
        if (index < 0 || index >= size) {
            throw new NotFoundException();
        }
        return stored(size, MerkleTree.readByInclusionProof(index, size)).inclusionProof(index, size);
    }

    /** The consistency proof from the tree of {@code first} leaves to that of {@code second}. */
    public List<byte[]> consistencyProof(long first, long second) {
        requireSize(second);
        if (first < 1 || first > second) {
            throw new NotFoundException();
        }
        return stored(second, MerkleTree.readByConsistencyProof(first, second)).consistencyProof(first, second);
    }

    public long size() {
        return em.find(LogState.class, LogState.THE_LOG).treeSize();
    }

    private void requireSize(long size) {
        if (size < 1 || size > size()) {
            throw new NotFoundException();
        }
    }

    /** The tree of {@code size} leaves over the stored hashes of the perfect subtrees a proof reads: O(log n) rows, one query. */
    private MerkleTree stored(long size, Set<Subtree> read) {
        Map<Subtree, byte[]> hashes = em.createQuery("select n from TreeNode n where n.subtree in :keys", TreeNode.class)
                .setParameter("keys", read.stream().map(Subtree::key).toList())
                .getResultStream().collect(Collectors.toMap(TreeNode::subtree, TreeNode::hash));
        return MerkleTree.ofSubtrees(size, hashes::get);
    }
}
