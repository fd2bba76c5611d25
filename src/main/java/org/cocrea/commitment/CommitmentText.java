package org.cocrea.commitment;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorType;

/**
 * The text of a commitment as it was saved: what a version freezes and what the public reads of a
 * published commitment. Money per year and milestones are follow-up data, not part of it. Stored as
 * JSON (JSON-B) in {@code commitment_version.snapshot}; the names below are that JSON's.
 */
public class CommitmentText implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The fields in the order a comparison lists them (each has the bundle key {@code audit.field.<name>}). */
    public static final List<String> FIELDS = List.of("title", "problem", "statusQuo", "objective", "description",
            "howItSolves", "values", "valuesExplanation", "sdgAlignment", "genderAlignment", "riskAnalysis",
            "leadInstitution", "coResponsibles", "startDate", "endDate", "budgetProgramKey", "budgetProgramName",
            "fundingSource", "dataSources");

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    /** A co-responsible actor as the text names it. */
    public static class Party implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private ActorType type;

        public Party() {
        }

        public Party(String name, ActorType type) {
            this.name = name;
            this.type = type;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public ActorType getType() { return type; }
        public void setType(ActorType type) { this.type = type; }

        @Override
        public boolean equals(Object o) {
            return o instanceof Party p && Objects.equals(name, p.name) && type == p.type;
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, type);
        }
    }

    private String title;
    private String problem;
    private String statusQuo;
    private String objective;
    private String description;
    private String howItSolves;
    private Set<OpenGovernmentValue> values = EnumSet.noneOf(OpenGovernmentValue.class);
    private String valuesExplanation;
    private String sdgAlignment;
    private String genderAlignment;
    private String riskAnalysis;
    private String leadInstitution;
    private List<Party> coResponsibles = new ArrayList<>();
    private LocalDate startDate;
    private LocalDate endDate;
    private String budgetProgramKey;
    private String budgetProgramName;
    private String fundingSource;
    private String dataSources;

    public CommitmentText() {
    }

    /** The text of a commitment as it stands now. */
    public static CommitmentText of(Commitment c) {
        CommitmentText t = new CommitmentText();
        t.title = c.getTitle();
        t.problem = c.getProblem();
        t.statusQuo = c.getStatusQuo();
        t.objective = c.getObjective();
        t.description = c.getDescription();
        t.howItSolves = c.getHowItSolves();
        t.setValues(c.openGovernmentValues());
        t.valuesExplanation = c.getValuesExplanation();
        t.sdgAlignment = c.getSdgAlignment();
        t.genderAlignment = c.getGenderAlignment();
        t.riskAnalysis = c.getRiskAnalysis();
        t.leadInstitution = c.getLeadInstitution() == null ? null : c.getLeadInstitution().getName();
        t.coResponsibles = c.getCoResponsibles().stream()
                .sorted(java.util.Comparator.comparing(Actor::getName))
                .map(a -> new Party(a.getName(), a.getType()))
                .collect(Collectors.toCollection(ArrayList::new));
        t.startDate = c.getStartDate();
        t.endDate = c.getEndDate();
        t.budgetProgramKey = c.getBudgetProgramKey();
        t.budgetProgramName = c.getBudgetProgramName();
        t.fundingSource = c.getFundingSource();
        t.dataSources = c.getDataSources();
        return t;
    }

    public String toJson() {
        return JSON.toJson(this);
    }

    public static CommitmentText fromJson(String json) {
        return JSON.fromJson(json, CommitmentText.class);
    }

    /**
     * Each field as plain text, in {@link #FIELDS} order: what a comparison of two versions shows.
     * Values are enum names, co-responsibles "name (TYPE)", dates ISO; empty fields are "".
     */
    public Map<String, String> plainFields() {
        return plainFields(null);
    }

    /**
     * The same, for people: values and actor types by their label ({@code labels} turns a bundle
     * key such as {@code value.TRANSPARENCY} or {@code actorType.CSO} into text), dates as dd/MM/yyyy.
     */
    public Map<String, String> plainFields(java.util.function.UnaryOperator<String> labels) {
        java.util.function.UnaryOperator<String> label = labels == null ? key -> key.substring(key.indexOf('.') + 1) : labels;
        java.time.format.DateTimeFormatter day = labels == null ? java.time.format.DateTimeFormatter.ISO_LOCAL_DATE
                : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", text(title));
        f.put("problem", text(problem));
        f.put("statusQuo", text(statusQuo));
        f.put("objective", text(objective));
        f.put("description", text(description));
        f.put("howItSolves", text(howItSolves));
        f.put("values", values.stream().sorted().map(v -> label.apply("value." + v.name())).collect(Collectors.joining(", ")));
        f.put("valuesExplanation", text(valuesExplanation));
        f.put("sdgAlignment", text(sdgAlignment));
        f.put("genderAlignment", text(genderAlignment));
        f.put("riskAnalysis", text(riskAnalysis));
        f.put("leadInstitution", text(leadInstitution));
        f.put("coResponsibles", coResponsibles.stream()
                .map(p -> p.getName() + (p.getType() == null ? "" : " (" + label.apply("actorType." + p.getType()) + ")"))
                .collect(Collectors.joining(", ")));
        f.put("startDate", startDate == null ? "" : day.format(startDate));
        f.put("endDate", endDate == null ? "" : day.format(endDate));
        f.put("budgetProgramKey", text(budgetProgramKey));
        f.put("budgetProgramName", text(budgetProgramName));
        f.put("fundingSource", text(fundingSource));
        f.put("dataSources", text(dataSources));
        return f;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getProblem() { return problem; }
    public void setProblem(String problem) { this.problem = problem; }
    public String getStatusQuo() { return statusQuo; }
    public void setStatusQuo(String statusQuo) { this.statusQuo = statusQuo; }
    public String getObjective() { return objective; }
    public void setObjective(String objective) { this.objective = objective; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getHowItSolves() { return howItSolves; }
    public void setHowItSolves(String howItSolves) { this.howItSolves = howItSolves; }
    public Set<OpenGovernmentValue> getValues() { return values; }
    public void setValues(Set<OpenGovernmentValue> values) {
        this.values = EnumSet.noneOf(OpenGovernmentValue.class);
        if (values != null) {
            values.stream().filter(Objects::nonNull).forEach(this.values::add); // the migration's JSON may hold nulls
        }
    }
    public String getValuesExplanation() { return valuesExplanation; }
    public void setValuesExplanation(String v) { this.valuesExplanation = v; }
    public String getSdgAlignment() { return sdgAlignment; }
    public void setSdgAlignment(String v) { this.sdgAlignment = v; }
    public String getGenderAlignment() { return genderAlignment; }
    public void setGenderAlignment(String v) { this.genderAlignment = v; }
    public String getRiskAnalysis() { return riskAnalysis; }
    public void setRiskAnalysis(String v) { this.riskAnalysis = v; }
    public String getLeadInstitution() { return leadInstitution; }
    public void setLeadInstitution(String v) { this.leadInstitution = v; }
    public List<Party> getCoResponsibles() { return coResponsibles; }
    public void setCoResponsibles(List<Party> v) { this.coResponsibles = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate v) { this.startDate = v; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate v) { this.endDate = v; }
    public String getBudgetProgramKey() { return budgetProgramKey; }
    public void setBudgetProgramKey(String v) { this.budgetProgramKey = v; }
    public String getBudgetProgramName() { return budgetProgramName; }
    public void setBudgetProgramName(String v) { this.budgetProgramName = v; }
    public String getFundingSource() { return fundingSource; }
    public void setFundingSource(String v) { this.fundingSource = v; }
    public String getDataSources() { return dataSources; }
    public void setDataSources(String v) { this.dataSources = v; }

    /** The values in the public page's order, for display. */
    public List<OpenGovernmentValue> valueList() {
        return values.stream().sorted().toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommitmentText t && plainFields().equals(t.plainFields());
    }

    @Override
    public int hashCode() {
        return plainFields().hashCode();
    }
}
