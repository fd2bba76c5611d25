package org.cocrea.social;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.cocrea.audit.Auditable;
import org.cocrea.shared.Texts;
import org.cocrea.shared.persistence.Recorded;

/**
 * One basic institutional condition that every social program is checked against (published rules
 * of operation, beneficiary registry, …): the administrator keeps the list, in Spanish and English.
 * A condition is renamed or retired, never deleted, so that the checks made against it keep their
 * meaning; a retired one is no longer asked of any program.
 */
@Entity
@Table(name = "program_condition")
public class ProgramCondition extends Recorded implements Auditable {

    private static final long serialVersionUID = 1L;
    static final int NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name_es", nullable = false)
    private String nameEs;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    protected ProgramCondition() {
    }

    /** A new condition, last in the list; both names are required. */
    public ProgramCondition(String nameEs, String nameEn, int position) {
        rename(nameEs, nameEn);
        this.position = position;
    }

    /** New names in both languages (refusals beside "nameEs" and "nameEn"). */
    public void rename(String nameEs, String nameEn) {
        this.nameEs = Texts.required(nameEs, "nameEs", NAME, "conditions.name.required", "social.text.tooLong");
        this.nameEn = Texts.required(nameEn, "nameEn", NAME, "conditions.name.required", "social.text.tooLong");
    }

    public void retire() {
        active = false;
    }

    public void restore() {
        active = true;
    }

    /** The name in a language: English for "en", Spanish for any other. */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameEs;
    }

    @Override
    public Long getId() { return id; }
    public String getNameEs() { return nameEs; }
    public String getNameEn() { return nameEn; }
    public int getPosition() { return position; }
    public boolean isActive() { return active; }
    public int getVersion() { return version; }

    @Override
    public Long auditStateId() {
        return null;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("nameEs", nameEs);
        s.put("nameEn", nameEn);
        s.put("position", position);
        s.put("active", active);
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ProgramCondition c && id != null && id.equals(c.id);
    }

    @Override
    public int hashCode() {
        return ProgramCondition.class.hashCode();
    }
}
