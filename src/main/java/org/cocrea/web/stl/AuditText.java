package org.cocrea.web.stl;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;
import org.cocrea.audit.AuditEntry;
import org.cocrea.web.Messages;

/**
 * Values in the change log as people read them: a status, phase, role or kind of record is shown
 * with its label from the bundle ("En proceso", not IN_PROGRESS); anything else as recorded.
 */
@Named
@ApplicationScoped
public class AuditText {

    /** The bundle prefix of the coded values of each field, by the kind of record. */
    private static final Map<String, String> PREFIXES = Map.of(
            "Milestone.status", "milestone.status.",
            "Commitment.status", "commitment.status.",
            "ActionPlan.status", "plan.status.",
            "ActionPlan.phase", "phase.",
            "Account.role", "role.",
            "Actor.type", "actorType.",
            "ProgressReport.label", "reportLabel.",
            "Evidence.kind", "evidence.kind.");

    public String value(AuditEntry entry, String field, String value) {
        String prefix = PREFIXES.get(entry.getEntityType() + "." + field);
        if (value == null || prefix == null) {
            return value;
        }
        String label = Messages.text(prefix + value); // the key itself when the bundle has no such label
        return label.equals(prefix + value) ? value : label;
    }
}
