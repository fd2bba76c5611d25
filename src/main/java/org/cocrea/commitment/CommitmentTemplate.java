package org.cocrea.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The template of a commitment: the OGP template and the follow-the-money texts, as the secretariat
 * writes them (in the commitment's own columns) and as a version freezes them
 * ({@link CommitmentText}). Money per year and milestones are follow-up data, not part of it; the
 * lead institution and the co-responsible actors are the commitment's (they sign), and the text
 * names them.
 *
 * <p>A new field is added here only: its column and limit, its getter and setter, and its line in
 * {@link #FIELDS}; then its form row and its bundle keys ({@code commitment.<name>},
 * {@code audit.field.<name>}). Versions, the comparison of versions, the audit trail and the
 * public copy go through {@link #FIELDS}.
 */
@Embeddable
public class CommitmentTemplate implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private static final int TEXT = 10_000;

    /**
     * The fields of the text in the order a comparison lists them. Each name is the field's key in a
     * version's JSON (keep it: stored versions are read by it) and in the bundles.
     */
    public static final List<TemplateField<?>> FIELDS = List.of(
            TemplateField.text("title", CommitmentTemplate::getTitle, CommitmentTemplate::setTitle),
            TemplateField.text("problem", CommitmentTemplate::getProblem, CommitmentTemplate::setProblem),
            TemplateField.text("statusQuo", CommitmentTemplate::getStatusQuo, CommitmentTemplate::setStatusQuo),
            TemplateField.text("objective", CommitmentTemplate::getObjective, CommitmentTemplate::setObjective),
            TemplateField.text("description", CommitmentTemplate::getDescription, CommitmentTemplate::setDescription),
            TemplateField.text("howItSolves", CommitmentTemplate::getHowItSolves, CommitmentTemplate::setHowItSolves),
            TemplateField.values("values", CommitmentTemplate::getValues, CommitmentTemplate::setValues),
            TemplateField.text("valuesExplanation", CommitmentTemplate::getValuesExplanation, CommitmentTemplate::setValuesExplanation),
            TemplateField.text("sdgAlignment", CommitmentTemplate::getSdgAlignment, CommitmentTemplate::setSdgAlignment),
            TemplateField.text("genderAlignment", CommitmentTemplate::getGenderAlignment, CommitmentTemplate::setGenderAlignment),
            TemplateField.text("riskAnalysis", CommitmentTemplate::getRiskAnalysis, CommitmentTemplate::setRiskAnalysis),
            TemplateField.LEAD_INSTITUTION,
            TemplateField.CO_RESPONSIBLES,
            TemplateField.date("startDate", CommitmentTemplate::getStartDate, CommitmentTemplate::setStartDate),
            TemplateField.date("endDate", CommitmentTemplate::getEndDate, CommitmentTemplate::setEndDate),
            TemplateField.text("budgetProgramKey", CommitmentTemplate::getBudgetProgramKey, CommitmentTemplate::setBudgetProgramKey),
            TemplateField.text("budgetProgramName", CommitmentTemplate::getBudgetProgramName, CommitmentTemplate::setBudgetProgramName),
            TemplateField.text("fundingSource", CommitmentTemplate::getFundingSource, CommitmentTemplate::setFundingSource),
            TemplateField.text("dataSources", CommitmentTemplate::getDataSources, CommitmentTemplate::setDataSources));

    @NotBlank
    @Size(max = 300)
    @Column(nullable = false)
    private String title;

    @Size(max = TEXT) private String problem;
    @Size(max = TEXT) @Column(name = "status_quo") private String statusQuo;
    @Size(max = TEXT) private String objective;
    @Size(max = TEXT) private String description;
    @Size(max = TEXT) @Column(name = "how_it_solves") private String howItSolves;

    // Relevance to open-government values (one column each; together the field "values").
    @Column(name = "value_transparency") private boolean valueTransparency;
    @Column(name = "value_participation") private boolean valueParticipation;
    @Column(name = "value_accountability") private boolean valueAccountability;
    @Column(name = "value_technology") private boolean valueTechnology;
    @Column(name = "value_inclusion") private boolean valueInclusion;
    @Size(max = TEXT) @Column(name = "values_explanation") private String valuesExplanation;

    @Size(max = TEXT) @Column(name = "sdg_alignment") private String sdgAlignment;
    @Size(max = TEXT) @Column(name = "gender_alignment") private String genderAlignment;
    @Size(max = TEXT) @Column(name = "risk_analysis") private String riskAnalysis;

    @Column(name = "start_date") private LocalDate startDate;
    @Column(name = "end_date") private LocalDate endDate;

    // Follow the money.
    @Size(max = 40) @Column(name = "budget_program_key") private String budgetProgramKey;
    @Size(max = 300) @Column(name = "budget_program_name") private String budgetProgramName;
    @Size(max = 200) @Column(name = "funding_source") private String fundingSource;
    @Size(max = TEXT) @Column(name = "data_sources") private String dataSources;

    public CommitmentTemplate() {
    }

    /** Takes every field of another template (this one keeps its identity: it is a commitment's). */
    public void takeFrom(CommitmentTemplate other) {
        CommitmentText from = new CommitmentText(other);
        CommitmentText to = new CommitmentText(this);
        FIELDS.forEach(field -> field.copy(from, to));
    }

    /** A detached copy, e.g. for a version to freeze. */
    public CommitmentTemplate copy() {
        CommitmentTemplate copy = new CommitmentTemplate();
        copy.takeFrom(this);
        return copy;
    }

    /** The open-government values ticked, in their declared order. */
    public Set<OpenGovernmentValue> getValues() {
        Set<OpenGovernmentValue> values = EnumSet.noneOf(OpenGovernmentValue.class);
        if (valueTransparency) values.add(OpenGovernmentValue.TRANSPARENCY);
        if (valueParticipation) values.add(OpenGovernmentValue.CITIZEN_PARTICIPATION);
        if (valueAccountability) values.add(OpenGovernmentValue.PUBLIC_ACCOUNTABILITY);
        if (valueTechnology) values.add(OpenGovernmentValue.TECHNOLOGY_AND_INNOVATION);
        if (valueInclusion) values.add(OpenGovernmentValue.INCLUSION);
        return values;
    }

    public void setValues(Set<OpenGovernmentValue> values) {
        Set<OpenGovernmentValue> v = values == null ? Set.of() : values;
        valueTransparency = v.contains(OpenGovernmentValue.TRANSPARENCY);
        valueParticipation = v.contains(OpenGovernmentValue.CITIZEN_PARTICIPATION);
        valueAccountability = v.contains(OpenGovernmentValue.PUBLIC_ACCOUNTABILITY);
        valueTechnology = v.contains(OpenGovernmentValue.TECHNOLOGY_AND_INNOVATION);
        valueInclusion = v.contains(OpenGovernmentValue.INCLUSION);
    }

    /** The values in the public page's order, for display. */
    public List<OpenGovernmentValue> valueList() {
        return getValues().stream().sorted().toList();
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
    public boolean isValueTransparency() { return valueTransparency; }
    public void setValueTransparency(boolean v) { this.valueTransparency = v; }
    public boolean isValueParticipation() { return valueParticipation; }
    public void setValueParticipation(boolean v) { this.valueParticipation = v; }
    public boolean isValueAccountability() { return valueAccountability; }
    public void setValueAccountability(boolean v) { this.valueAccountability = v; }
    public boolean isValueTechnology() { return valueTechnology; }
    public void setValueTechnology(boolean v) { this.valueTechnology = v; }
    public boolean isValueInclusion() { return valueInclusion; }
    public void setValueInclusion(boolean v) { this.valueInclusion = v; }
    public String getValuesExplanation() { return valuesExplanation; }
    public void setValuesExplanation(String v) { this.valuesExplanation = v; }
    public String getSdgAlignment() { return sdgAlignment; }
    public void setSdgAlignment(String sdgAlignment) { this.sdgAlignment = sdgAlignment; }
    public String getGenderAlignment() { return genderAlignment; }
    public void setGenderAlignment(String genderAlignment) { this.genderAlignment = genderAlignment; }
    public String getRiskAnalysis() { return riskAnalysis; }
    public void setRiskAnalysis(String riskAnalysis) { this.riskAnalysis = riskAnalysis; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public String getBudgetProgramKey() { return budgetProgramKey; }
    public void setBudgetProgramKey(String v) { this.budgetProgramKey = v; }
    public String getBudgetProgramName() { return budgetProgramName; }
    public void setBudgetProgramName(String v) { this.budgetProgramName = v; }
    public String getFundingSource() { return fundingSource; }
    public void setFundingSource(String fundingSource) { this.fundingSource = fundingSource; }
    public String getDataSources() { return dataSources; }
    public void setDataSources(String dataSources) { this.dataSources = dataSources; }
}
