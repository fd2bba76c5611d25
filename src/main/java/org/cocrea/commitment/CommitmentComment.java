package org.cocrea.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.account.Account;
import org.cocrea.audit.Auditable;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.persistence.Recorded;

/**
 * A comment of the secretariat on a commitment's draft, on the version current when it was written;
 * a reply names its parent. Only the secretariat of the commitment's state reads or writes them.
 */
@Entity
@Table(name = "commitment_comment")
public class CommitmentComment extends Recorded implements Auditable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_BODY = 5_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id", nullable = false, updatable = false)
    private Commitment commitment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id", updatable = false)
    private CommitmentComment parent;

    /** The parent's id, read with the comment so that threads are built without loading parents. */
    @Column(name = "parent_id", insertable = false, updatable = false)
    private Long parentId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account author;

    @Column(nullable = false, updatable = false)
    private String body;

    protected CommitmentComment() {
    }

    /**
     * A comment on the commitment's current version; {@code parent} (or null) must be a comment of the
     * same commitment. {@code field} is where the form shows a refusal of the body.
     */
    public static CommitmentComment on(Commitment commitment, CommitmentComment parent, Account author, String body, String field) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw DomainException.onField(field, "workflow.comment.required");
        }
        if (text.length() > MAX_BODY) {
            throw DomainException.onField(field, "workflow.comment.tooLong");
        }
        if (parent != null && !parent.commitment.equals(commitment)) {
            throw new DomainException("workflow.comment.otherCommitment");
        }
        CommitmentComment comment = new CommitmentComment();
        comment.commitment = commitment;
        comment.parent = parent;
        comment.parentId = parent == null ? null : parent.id;
        comment.versionNumber = commitment.getCurrentVersion();
        comment.author = author;
        comment.body = text;
        return comment;
    }

    /** A comment in a thread, with how deep it is (0 for a first-level comment). */
    public record Threaded(CommitmentComment comment, int depth) implements java.io.Serializable {
    }

    /** Orders comments as threads: each first-level comment, oldest first, followed by its replies, depth first. */
    public static List<Threaded> threads(List<CommitmentComment> comments) {
        Map<Long, List<CommitmentComment>> children = new LinkedHashMap<>();
        List<CommitmentComment> roots = new ArrayList<>();
        java.util.Set<Long> ids = new java.util.HashSet<>();
        comments.forEach(c -> ids.add(c.id));
        Comparator<CommitmentComment> byTime = Comparator.comparing(CommitmentComment::getCreatedAt)
                .thenComparing(c -> c.id, Comparator.nullsLast(Comparator.naturalOrder()));
        for (CommitmentComment c : comments.stream().sorted(byTime).toList()) {
            if (c.parentId == null || !ids.contains(c.parentId)) {
                roots.add(c);
            } else {
                children.computeIfAbsent(c.parentId, k -> new ArrayList<>()).add(c);
            }
        }
        List<Threaded> out = new ArrayList<>();
        for (CommitmentComment root : roots) {
            walk(root, 0, children, out);
        }
        return out;
    }

    private static void walk(CommitmentComment c, int depth, Map<Long, List<CommitmentComment>> children, List<Threaded> out) {
        out.add(new Threaded(c, depth));
        for (CommitmentComment child : children.getOrDefault(c.id, List.of())) {
            walk(child, depth + 1, children, out);
        }
    }

    @Override
    public Long getId() { return id; }
    public Commitment getCommitment() { return commitment; }
    public Long getParentId() { return parentId; }
    public int getVersionNumber() { return versionNumber; }
    public Account getAuthor() { return author; }
    public String getBody() { return body; }

    @Override
    public Long auditStateId() {
        return commitment.getStateId();
    }

    @Override
    public Long auditCommitmentId() {
        return commitment.getId();
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("body", body);
        s.put("versionNumber", versionNumber);
        s.put("parentId", parentId);
        return s;
    }
}
