package org.cocrea.commitment;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorType;

/**
 * The text of a commitment as it was saved: its template, and its lead institution and
 * co-responsible actors by name as they were then. What a version freezes and what the public reads
 * of a published commitment. Stored as JSON in {@code commitment_version.snapshot}, one key per
 * field of {@link CommitmentTemplate#FIELDS}.
 */
public class CommitmentText implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** A co-responsible actor as the text names it. */
    public static class Party implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final ActorType type;

        public Party(String name, ActorType type) {
            this.name = name;
            this.type = type;
        }

        public String getName() { return name; }
        public ActorType getType() { return type; }

        @Override
        public boolean equals(Object o) {
            return o instanceof Party p && Objects.equals(name, p.name) && type == p.type;
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, type);
        }
    }

    private final CommitmentTemplate template;
    private String leadInstitution;
    private List<Party> coResponsibles = new ArrayList<>();

    /** An empty text. */
    public CommitmentText() {
        this(new CommitmentTemplate());
    }

    /** A text over this template (not a copy: see {@link #of(Commitment)} for a frozen one). */
    CommitmentText(CommitmentTemplate template) {
        this.template = template;
    }

    /** The text of a commitment as it stands now, detached from it. */
    public static CommitmentText of(Commitment c) {
        CommitmentText t = new CommitmentText(c.getTemplate().copy());
        t.leadInstitution = c.getLeadInstitution() == null ? null : c.getLeadInstitution().getName();
        t.coResponsibles = c.getCoResponsibles().stream()
                .sorted(Comparator.comparing(Actor::getName))
                .map(a -> new Party(a.getName(), a.getType()))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        return t;
    }

    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        CommitmentTemplate.FIELDS.forEach(field -> field.write(this, json));
        return json.build().toString();
    }

    /** Reads a version's JSON; keys it does not have are empty fields. */
    public static CommitmentText fromJson(String json) {
        JsonObject object;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            object = reader.readObject();
        }
        CommitmentText text = new CommitmentText();
        CommitmentTemplate.FIELDS.forEach(field -> field.read(object, text));
        return text;
    }

    /**
     * Each field as plain text, in {@link CommitmentTemplate#FIELDS} order: what a comparison of two
     * versions shows. Values are enum names, co-responsibles "name (TYPE)", dates ISO; empty fields are "".
     */
    public Map<String, String> plainFields() {
        return plainFields(null);
    }

    /**
     * The same, for people: values and actor types by their label ({@code labels} turns a bundle
     * key such as {@code value.TRANSPARENCY} or {@code actorType.CSO} into text), dates as dd/MM/yyyy.
     */
    public Map<String, String> plainFields(UnaryOperator<String> labels) {
        UnaryOperator<String> label = labels == null ? key -> key.substring(key.indexOf('.') + 1) : labels;
        DateTimeFormatter day = labels == null ? DateTimeFormatter.ISO_LOCAL_DATE : DateTimeFormatter.ofPattern("dd/MM/yyyy");
        Map<String, String> fields = new LinkedHashMap<>();
        CommitmentTemplate.FIELDS.forEach(field -> fields.put(field.name(), field.plain(this, label, day)));
        return fields;
    }

    /** Every field's plain text in one string of words, for the full-text search of published commitments (issue 14). */
    public String searchText() {
        return String.join(" ", plainFields().values().stream().filter(v -> v != null && !v.isBlank()).toList());
    }

    /** Each field as the audit trail records it: texts, dates, names of values and of actors. */
    Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        CommitmentTemplate.FIELDS.forEach(field -> fields.put(field.name(), field.audit(this)));
        return fields;
    }

    public CommitmentTemplate getTemplate() { return template; }
    public String getLeadInstitution() { return leadInstitution; }
    void setLeadInstitution(String leadInstitution) { this.leadInstitution = leadInstitution; }
    public List<Party> getCoResponsibles() { return coResponsibles; }
    void setCoResponsibles(List<Party> parties) { this.coResponsibles = parties == null ? new ArrayList<>() : new ArrayList<>(parties); }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommitmentText t && plainFields().equals(t.plainFields());
    }

    @Override
    public int hashCode() {
        return plainFields().hashCode();
    }
}
