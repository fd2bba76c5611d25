package org.cocrea.social;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cocrea.actor.Actor;
import org.cocrea.audit.Auditable;
import org.cocrea.commitment.BudgetLine;
import org.cocrea.commitment.MoneyTotals;
import org.cocrea.file.StoredFile;
import org.cocrea.shared.Caller;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Texts;
import org.cocrea.shared.persistence.Recorded;
import org.cocrea.state.State;

/**
 * A local social program of a state (programa social) that the secretariat watches: who runs it,
 * its budget program and funding, its money per fiscal year (the commitments' rule, {@link
 * BudgetLine#checkAmounts}), whom it serves and how many it planned and reached, its rules of
 * operation and the open data about it. The public reads it once the secretariat publishes it.
 */
@Entity
@Table(name = "social_program")
public class SocialProgram extends Recorded implements Auditable {

    private static final long serialVersionUID = 1L;
    static final int NAME = 300;
    static final int KEY = 50;
    static final int TEXT = 2_000;
    static final int MAX_SOURCES = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_id", nullable = false, updatable = false)
    private State state;

    @Column(nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Actor agency;

    @Column(name = "budget_program_key")
    private String budgetProgramKey;

    @Column(name = "funding_source")
    private String fundingSource;

    @Column(name = "target_population")
    private String targetPopulation;

    @Column(name = "beneficiaries_planned")
    private Integer beneficiariesPlanned;

    @Column(name = "beneficiaries_reached")
    private Integer beneficiariesReached;

    @Column(name = "rules_url")
    private String rulesUrl;

    /** The open data sources about the program: http(s) links, one per line. */
    @Column(name = "open_data")
    private String openData;

    @Column(nullable = false)
    private boolean published;

    @OneToMany(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("fiscalYear")
    private List<ProgramYear> years = new ArrayList<>();

    @Version
    private int version;

    protected SocialProgram() {
    }

    /** A blank program for a creation form. */
    public static SocialProgram blank() {
        return new SocialProgram();
    }

    /**
     * Files a program typed into a form under its state, run by an agency of that state; checks every
     * field first, so that a refused form may be corrected and sent again.
     */
    public void placeIn(State state, Actor agency) {
        if (this.state != null) {
            throw new IllegalStateException("program already has a state");
        }
        requireAgencyOf(state, agency);
        check();
        this.state = state;
        this.agency = agency;
    }

    /** The responsible agency: an actor of the program's own state. */
    public void runBy(Actor agency) {
        requireAgencyOf(state, agency);
        this.agency = agency;
    }

    private static void requireAgencyOf(State state, Actor agency) {
        if (agency == null || !agency.belongsTo(state.getId())) {
            throw DomainException.onField("agency", "social.program.agency.required");
        }
    }

    /** Takes what a form may change (not the state, money or publication) and checks it. */
    public void takeFrom(SocialProgram edited) {
        name = edited.name;
        budgetProgramKey = edited.budgetProgramKey;
        fundingSource = edited.fundingSource;
        targetPopulation = edited.targetPopulation;
        beneficiariesPlanned = edited.beneficiariesPlanned;
        beneficiariesReached = edited.beneficiariesReached;
        rulesUrl = edited.rulesUrl;
        openData = edited.openData;
        check();
    }

    private void check() {
        name = Texts.required(name, "name", NAME, "social.program.name.required", "social.text.tooLong");
        budgetProgramKey = Texts.optional(budgetProgramKey, "budgetProgramKey", KEY, "social.text.tooLong");
        fundingSource = Texts.optional(fundingSource, "fundingSource", NAME, "social.text.tooLong");
        targetPopulation = Texts.optional(targetPopulation, "targetPopulation", TEXT, "social.text.tooLong");
        if (beneficiariesPlanned != null && beneficiariesPlanned < 0) {
            throw DomainException.onField("beneficiariesPlanned", "social.program.beneficiaries.negative");
        }
        if (beneficiariesReached != null && beneficiariesReached < 0) {
            throw DomainException.onField("beneficiariesReached", "social.program.beneficiaries.negative");
        }
        rulesUrl = rulesUrl == null || rulesUrl.isBlank() ? null : StoredFile.checkedUrl(rulesUrl, "rulesUrl");
        List<String> sources = openDataSources();
        if (sources.size() > MAX_SOURCES) {
            throw DomainException.onField("openData", "social.program.openData.tooMany", MAX_SOURCES);
        }
        sources.forEach(url -> StoredFile.checkedUrl(url, "openData"));
        openData = sources.isEmpty() ? null : String.join("\n", sources);
    }

    /** Sets (or replaces) the money of one fiscal year, by the commitments' rule. */
    public ProgramYear putYear(Integer fiscalYear, BigDecimal approved, BigDecimal modified, BigDecimal spent) {
        BudgetLine.requireFiscalYear(fiscalYear);
        BudgetLine.checkAmounts(fiscalYear, approved, modified, spent);
        for (ProgramYear year : years) {
            if (year.getFiscalYear() == fiscalYear) {
                year.change(approved, modified, spent);
                return year;
            }
        }
        ProgramYear year = new ProgramYear(this, fiscalYear, approved, modified, spent);
        years.add(year);
        years.sort(Comparator.comparingInt(ProgramYear::getFiscalYear));
        return year;
    }

    public void removeYear(int fiscalYear) {
        years.removeIf(year -> year.getFiscalYear() == fiscalYear);
    }

    /** The sums over the fiscal years; an amount nobody recorded in any year is null. */
    public MoneyTotals totals() {
        return new MoneyTotals(sum(years.stream().map(ProgramYear::getApproved).toList()),
                sum(years.stream().map(ProgramYear::getModified).toList()),
                sum(years.stream().map(ProgramYear::getSpent).toList()));
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().filter(a -> a != null).reduce(BigDecimal::add).orElse(null);
    }

    /** Reached as a percent of planned beneficiaries, or null when either is unknown or planned is zero. */
    public Integer reachedPercent() {
        if (beneficiariesPlanned == null || beneficiariesReached == null || beneficiariesPlanned == 0) {
            return null;
        }
        return (int) Math.round(beneficiariesReached * 100.0 / beneficiariesPlanned);
    }

    public void publish() {
        published = true;
    }

    public void unpublish() {
        published = false;
    }

    /** Who may read the program: anybody once published; its state's secretariat always. */
    public boolean isVisibleTo(Caller caller) {
        return published || caller.runsSecretariatOf(getStateId());
    }

    public List<String> openDataSources() {
        if (openData == null || openData.isBlank()) {
            return List.of();
        }
        return Arrays.stream(openData.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    @Override
    public Long getId() { return id; }
    public int getVersion() { return version; }
    public State getState() { return state; }
    public Long getStateId() { return state.getId(); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Actor getAgency() { return agency; }
    public String getBudgetProgramKey() { return budgetProgramKey; }
    public void setBudgetProgramKey(String v) { this.budgetProgramKey = v; }
    public String getFundingSource() { return fundingSource; }
    public void setFundingSource(String v) { this.fundingSource = v; }
    public String getTargetPopulation() { return targetPopulation; }
    public void setTargetPopulation(String v) { this.targetPopulation = v; }
    public Integer getBeneficiariesPlanned() { return beneficiariesPlanned; }
    public void setBeneficiariesPlanned(Integer v) { this.beneficiariesPlanned = v; }
    public Integer getBeneficiariesReached() { return beneficiariesReached; }
    public void setBeneficiariesReached(Integer v) { this.beneficiariesReached = v; }
    public String getRulesUrl() { return rulesUrl; }
    public void setRulesUrl(String v) { this.rulesUrl = v; }
    public String getOpenData() { return openData; }
    public void setOpenData(String v) { this.openData = v; }
    public boolean isPublished() { return published; }
    public List<ProgramYear> getYears() { return years; }

    @Override
    public Long auditStateId() {
        return getStateId();
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("name", name);
        snapshot.put("agency", agency == null ? null : agency.getName());
        snapshot.put("budgetProgramKey", budgetProgramKey);
        snapshot.put("fundingSource", fundingSource);
        snapshot.put("targetPopulation", targetPopulation);
        snapshot.put("beneficiariesPlanned", beneficiariesPlanned);
        snapshot.put("beneficiariesReached", beneficiariesReached);
        snapshot.put("rulesUrl", rulesUrl);
        snapshot.put("openData", openDataSources());
        snapshot.put("published", published);
        snapshot.put("budget", years.stream().map(ProgramYear::toString).collect(Collectors.toList()));
        return snapshot;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof SocialProgram p && id != null && id.equals(p.id);
    }

    @Override
    public int hashCode() {
        return SocialProgram.class.hashCode();
    }
}
