package org.cocrea.web.stl;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cocrea.audit.AuditEntry;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.web.Format;
import org.cocrea.web.Messages;

/**
 * Values in the change log as people read them, in the reader's language: a status, phase, role,
 * kind of record or sign-off party with its label from the bundle ("En proceso", not IN_PROGRESS);
 * dates and times as the rest of the pages write them, times in the reader's zone; yes and no in
 * words; a sign-off as "party: name (user), date and time". Anything else as recorded.
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
            "Evidence.kind", "evidence.kind.",
            "SignOffDecline.party", "signoff.party.");

    /** A sign-off as the milestone's snapshot writes it (SignOff.toString): "PARTY by user (Full Name) at instant". */
    private static final Pattern SIGN_OFF = Pattern.compile("([A-Z_]+) by (\\S+)(?: \\((.*?)\\))? at (\\S+)");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");

    @Inject
    private CurrentCaller currentCaller;

    public String value(AuditEntry entry, String field, String value) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot() != null ? context.getViewRoot().getLocale() : Format.MEXICO;
        return readable(locale, currentCaller.get().zone(), entry.getEntityType() + "." + field, value);
    }

    /** {@code value} of {@code entityField} ("Milestone.status") as a reader of that language and zone reads it. */
    static String readable(Locale locale, ZoneId zone, String entityField, String value) {
        if (value == null) {
            return null;
        }
        String prefix = PREFIXES.get(entityField);
        if (prefix != null) {
            String label = Messages.text(locale, prefix + value); // the key itself when the bundle has no such label
            return label.equals(prefix + value) ? value : label;
        }
        if ("Milestone.signOffs".equals(entityField)) {
            return Arrays.stream(value.split(", (?=[A-Z_]+ by )")).map(s -> signOff(locale, zone, s)).collect(Collectors.joining("; "));
        }
        if ("true".equals(value) || "false".equals(value)) {
            return Messages.text(locale, "audit." + value);
        }
        if (DATE.matcher(value).matches()) {
            return new Format().date(LocalDate.parse(value));
        }
        if (INSTANT.matcher(value).matches()) {
            try {
                return Format.dateTime(Instant.parse(value), zone);
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        return value;
    }

    private static String signOff(Locale locale, ZoneId zone, String recorded) {
        Matcher m = SIGN_OFF.matcher(recorded.trim());
        if (!m.matches()) {
            return recorded;
        }
        String who = m.group(3) == null ? m.group(2) : m.group(3) + " (" + m.group(2) + ")";
        String when;
        try {
            when = Format.dateTime(Instant.parse(m.group(4)), zone);
        } catch (DateTimeParseException e) {
            when = m.group(4);
        }
        return Messages.text(locale, "audit.signOff", Messages.text(locale, "signoff.party." + m.group(1)), who, when);
    }
}
