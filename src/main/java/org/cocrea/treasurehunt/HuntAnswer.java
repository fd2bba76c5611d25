package org.cocrea.treasurehunt;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.audit.Auditable;
import org.cocrea.file.StoredFile;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Texts;

/**
 * What one team got for one question: found, partly or not found; where (a link); in what format
 * and at which five-star open-data level (only when something was found); how many minutes it
 * took; the route followed, step by step (access-to-information requests with their folio); notes.
 */
@Entity
@Table(name = "hunt_answer")
public class HuntAnswer implements Auditable, java.io.Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_MINUTES = 100_000;
    public static final int MAX_STEPS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id", nullable = false, updatable = false)
    private HuntTeam team;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false, updatable = false)
    private HuntQuestion question;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AnswerOutcome outcome = AnswerOutcome.NOT_FOUND;

    @Column(length = StoredFile.MAX_URL_LENGTH)
    private String url;

    @Enumerated(EnumType.STRING)
    private DataFormat format;

    private Integer stars;

    private Integer minutes;

    @Column(length = 2000)
    private String notes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hunt_route_step", joinColumns = @JoinColumn(name = "answer_id"))
    @OrderBy("position")
    private List<RouteStep> route = new ArrayList<>();

    @Version
    private int version;

    protected HuntAnswer() {
    }

    public static HuntAnswer blank() {
        return new HuntAnswer();
    }

    /** A first answer of the team to the question, from a form; both must be of the same exercise. */
    public static HuntAnswer of(HuntTeam team, HuntQuestion question, HuntAnswer form, String routeLines) {
        if (!team.getHunt().getId().equals(question.getHunt().getId())) {
            throw DomainException.onField("questionId", "hunt.answer.otherHunt");
        }
        HuntAnswer answer = new HuntAnswer();
        answer.team = team;
        answer.question = question;
        answer.takeFrom(form, routeLines);
        return answer;
    }

    /**
     * Takes what the form says, checked: an outcome; the link, when given, http(s); format and
     * stars (0–5) kept only when something was found; minutes from 0; notes of at most 2,000
     * characters; the route one step a line, "what was done | folio" for a request.
     */
    public void takeFrom(HuntAnswer form, String routeLines) {
        if (form.outcome == null) {
            throw DomainException.onField("outcome", "hunt.answer.outcomeRequired");
        }
        if (form.stars != null && (form.stars < 0 || form.stars > 5)) {
            throw DomainException.onField("stars", "hunt.answer.stars");
        }
        if (form.minutes != null && (form.minutes < 0 || form.minutes > MAX_MINUTES)) {
            throw DomainException.onField("minutes", "hunt.answer.minutes", MAX_MINUTES);
        }
        String trimmedNotes = Texts.optional(form.notes, "notes", 2000, "hunt.text.tooLong");
        List<RouteStep> steps = parseRoute(routeLines);
        this.outcome = form.outcome;
        this.url = form.url == null || form.url.isBlank() ? null : StoredFile.checkedUrl(form.url, "url");
        boolean found = outcome.foundSomething();
        this.format = found ? form.format : null;
        this.stars = found ? form.stars : null;
        this.minutes = form.minutes;
        this.notes = trimmedNotes;
        this.route.clear();
        this.route.addAll(steps);
    }

    static List<RouteStep> parseRoute(String lines) {
        List<RouteStep> steps = new ArrayList<>();
        if (lines == null) {
            return steps;
        }
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.lastIndexOf('|');
            String description = (bar < 0 ? line : line.substring(0, bar)).strip();
            String folio = bar < 0 ? null : line.substring(bar + 1).strip();
            if (description.isEmpty() || description.length() > 1000 || folio != null && folio.length() > 60) {
                throw DomainException.onField("route", "hunt.answer.route");
            }
            steps.add(new RouteStep(steps.size() + 1, description, folio == null || folio.isEmpty() ? null : folio));
        }
        if (steps.size() > MAX_STEPS) {
            throw DomainException.onField("route", "hunt.answer.routeTooLong", MAX_STEPS);
        }
        return steps;
    }

    /** The route as the form shows it again, one step a line. */
    public String routeLines() {
        return String.join("\n", route.stream()
                .map(s -> s.getDescription() + (s.getFolio() == null ? "" : " | " + s.getFolio())).toList());
    }

    public Finding finding() {
        return new Finding(outcome, format, stars, minutes);
    }

    @Override
    public Long getId() { return id; }
    public int getVersion() { return version; }
    public HuntTeam getTeam() { return team; }
    public HuntQuestion getQuestion() { return question; }
    public AnswerOutcome getOutcome() { return outcome; }
    public void setOutcome(AnswerOutcome outcome) { this.outcome = outcome; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public DataFormat getFormat() { return format; }
    public void setFormat(DataFormat format) { this.format = format; }
    public Integer getStars() { return stars; }
    public void setStars(Integer stars) { this.stars = stars; }
    public Integer getMinutes() { return minutes; }
    public void setMinutes(Integer minutes) { this.minutes = minutes; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public List<RouteStep> getRoute() { return route; }

    @Override
    public Long auditStateId() {
        return team.getHunt().getStateId();
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("team", team.getId());
        snapshot.put("question", question.getId());
        snapshot.put("outcome", outcome);
        snapshot.put("url", url);
        snapshot.put("format", format);
        snapshot.put("stars", stars);
        snapshot.put("minutes", minutes);
        snapshot.put("notes", notes);
        snapshot.put("route", route.stream().map(RouteStep::toString).toList());
        return snapshot;
    }
}
