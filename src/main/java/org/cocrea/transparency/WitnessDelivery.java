package org.cocrea.transparency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A head sent (or being sent) to a witness's URL, with every attempt recorded. */
@Entity
@Table(name = "transparency_delivery")
public class WitnessDelivery implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_ERROR = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "witness_id", nullable = false, updatable = false)
    private Witness witness;

    @Column(name = "tree_size", nullable = false, updatable = false)
    private long treeSize;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "last_error")
    private String lastError;

    protected WitnessDelivery() {
    }

    WitnessDelivery(Witness witness, long treeSize) {
        this.witness = witness;
        this.treeSize = treeSize;
    }

    void attempted(Instant at, String error) {
        attempts++;
        lastAttemptAt = at;
        if (error == null) {
            deliveredAt = at;
            lastError = null;
        } else {
            lastError = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        }
    }

    public Long getId() { return id; }
    public Witness getWitness() { return witness; }
    public long getTreeSize() { return treeSize; }
    public int getAttempts() { return attempts; }
    public Instant getLastAttemptAt() { return lastAttemptAt; }
    public Instant getDeliveredAt() { return deliveredAt; }
    public String getLastError() { return lastError; }
}
