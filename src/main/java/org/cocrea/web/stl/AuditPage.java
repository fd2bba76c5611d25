package org.cocrea.web.stl;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.cocrea.audit.AuditQuery;
import org.cocrea.audit.AuditTrail;
import org.cocrea.shared.BundleText;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.DomainException;
import org.cocrea.state.State;
import org.cocrea.state.StateService;

/**
 * /stl/audit?state=&kind=&record=&person=&from=&to=: a state's change log, newest first, a page at a time
 * (issue 13, audit). The filters are GET parameters, so a search can be bookmarked; the trail says who may
 * read which state (its secretariat; the administrator, who chooses the state). View scoped for the table's
 * pages; every query runs in the table's lazy model (COUNT and LIMIT), none in a getter.
 */
@Named("stlAuditPage")
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String ENTITY = "audit.entity.";

    @Inject
    private AuditTrail trail;

    @Inject
    private StateService states;

    @Inject
    private CurrentCaller currentCaller;

    private Long stateId;
    private String kind;
    private Long record;
    private String person;
    private LocalDate from;
    private LocalDate to;

    private State state;
    private List<State> choices = List.of();
    private List<Kind> kinds = List.of();
    private AuditRows rows;

    /** A kind of record the trail knows, with its label in the reader's language. */
    public record Kind(String type, String label) implements Serializable {
    }

    /** Called by f:viewAction. */
    public void load() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        kinds = kindsIn(locale);
        if (kind != null && kinds.stream().noneMatch(k -> k.type().equals(kind))) {
            throw DomainException.onField("kind", "audit.search.unknownKind");
        }
        Caller caller = currentCaller.get();
        if (caller.isAdmin()) {
            choices = states.all();
            if (stateId == null) {
                return; // the administrator chooses a state first
            }
        }
        long readable = trail.readableState(stateId); // refuses another state's page before anything shows
        state = states.find(readable);
        ZoneId zone = state.zone();
        Instant since = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant until = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        rows = new AuditRows(trail, new AuditQuery(readable, kind, record, person, since, until));
    }

    private static List<Kind> kindsIn(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BundleText.BUNDLE, locale);
        List<Kind> found = new ArrayList<>();
        for (String key : Collections.list(bundle.getKeys())) {
            if (key.startsWith(ENTITY)) {
                found.add(new Kind(key.substring(ENTITY.length()), bundle.getString(key)));
            }
        }
        found.sort((a, b) -> a.label().compareToIgnoreCase(b.label()));
        return List.copyOf(found);
    }

    /** This page's address: /stl/audit (no query). */
    public String getAddress() {
        return FacesContext.getCurrentInstance().getViewRoot().getViewId().replace(".xhtml", "");
    }

    /** Whether any filter narrows the log (the page offers to clear them). */
    public boolean isFiltered() {
        return kind != null || record != null || person != null || from != null || to != null;
    }

    public Long getState() { return stateId; }
    public void setState(Long v) { this.stateId = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { this.kind = v == null || v.isBlank() ? null : v.strip(); }
    public Long getRecord() { return record; }
    public void setRecord(Long v) { this.record = v; }
    public String getPerson() { return person; }
    public void setPerson(String v) { this.person = v == null || v.isBlank() ? null : v.strip(); }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { this.from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { this.to = v; }
    public State getShownState() { return state; }
    public List<State> getChoices() { return choices; }
    public List<Kind> getKinds() { return kinds; }
    public AuditRows getRows() { return rows; }
}
