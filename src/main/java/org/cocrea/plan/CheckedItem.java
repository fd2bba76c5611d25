package org.cocrea.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One checklist item a phase has done, with who ticked it and when. */
@Embeddable
public class CheckedItem implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Who ticked an item that Cocrea knows from its records (a lesson recorded, the report
     * generated or published): pages say why from {@code phase.auto.<item>}. Not a username:
     * usernames are e-mail addresses.
     */
    public static final String BY_RECORDS = "cocrea";

    @Column(nullable = false)
    private String item;

    @Column(name = "done_by", nullable = false)
    private String doneBy;

    @Column(name = "done_at", nullable = false)
    private Instant doneAt;

    protected CheckedItem() {
    }

    CheckedItem(String item, String doneBy, Instant doneAt) {
        this.item = item;
        this.doneBy = doneBy;
        this.doneAt = doneAt;
    }

    public String getItem() { return item; }
    public String getDoneBy() { return doneBy; }
    public Instant getDoneAt() { return doneAt; }
    public boolean isByRecords() { return BY_RECORDS.equals(doneBy); }
}
