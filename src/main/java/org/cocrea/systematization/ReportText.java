package org.cocrea.systematization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.audit.Auditable;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The foreword and conclusions the secretariat writes for its plan's report: rich text, kept only
 * as the OWASP sanitizer's policy allows (paragraphs, emphasis, lists, headings, links over http(s)),
 * so that nothing typed or pasted can carry a script into a page or the PDF.
 */
@Entity
@Table(name = "report_text")
public class ReportText implements Auditable {

    private static final long serialVersionUID = 1L;
    public static final int MAX = 50_000;

    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "b", "strong", "i", "em", "u", "ul", "ol", "li", "h3", "h4", "blockquote", "a")
            .allowUrlProtocols("https", "http")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    @Id
    @Column(name = "plan_id")
    private Long planId;

    @Column(name = "state_id", nullable = false, updatable = false)
    private Long stateId;

    private String foreword;

    private String conclusions;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected ReportText() {
    }

    ReportText(long planId, long stateId) {
        this.planId = planId;
        this.stateId = stateId;
    }

    /** Rich text as the policy keeps it; null when nothing of it remains. */
    public static String sanitized(String html) {
        if (html == null) {
            return null;
        }
        String clean = POLICY.sanitize(html).strip();
        return clean.replaceAll("<[^>]*>", "").isBlank() ? null : clean;
    }

    void write(String foreword, String conclusions, String username, Instant now) {
        this.foreword = checked(foreword, "foreword");
        this.conclusions = checked(conclusions, "conclusions");
        this.updatedBy = username;
        this.updatedAt = now;
    }

    private static String checked(String html, String field) {
        String clean = sanitized(html);
        if (clean != null && clean.length() > MAX) {
            throw org.cocrea.shared.DomainException.onField(field, "lessons.text.tooLong", MAX);
        }
        return clean;
    }

    @Override
    public Long getId() { return planId; }
    public Long getStateId() { return stateId; }
    public String getForeword() { return foreword; }
    public String getConclusions() { return conclusions; }
    public int getVersion() { return version; }

    @Override
    public Long auditStateId() {
        return stateId;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("foreword", foreword);
        snapshot.put("conclusions", conclusions);
        return snapshot;
    }
}
