package org.cocrea.web.stl;

import java.util.List;
import java.util.Map;
import org.cocrea.audit.AuditEntry;
import org.cocrea.audit.AuditQuery;
import org.cocrea.audit.AuditTrail;
import org.cocrea.audit.Auditable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The rows of a change log ({@code co:changeLog}): one query's entries a page at a time, COUNT and
 * LIMIT in the database; the trail checks who may read them. For a record's page and the audit page.
 */
public class AuditRows extends LazyDataModel<AuditEntry> {

    private static final long serialVersionUID = 1L;

    private final AuditTrail trail;
    private final AuditQuery query;

    public AuditRows(AuditTrail trail, AuditQuery query) {
        this.trail = trail;
        this.query = query;
    }

    /** The change log of one record of the caller's state (the record the page shows). */
    public static AuditRows of(AuditTrail trail, Auditable record) {
        return new AuditRows(trail, AuditQuery.ofRecord(record.auditType(), record.getId()));
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, trail.count(query));
    }

    @Override
    public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return trail.search(query, first, pageSize);
    }

    @Override
    public String getRowKey(AuditEntry entry) {
        return String.valueOf(entry.getId());
    }
}
