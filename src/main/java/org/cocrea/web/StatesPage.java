package org.cocrea.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Map;
import org.cocrea.commitment.OpenGovernmentValue;
import org.cocrea.dashboard.StateComparison;
import org.cocrea.milestone.MilestoneStatus;
import org.cocrea.shared.Paged;
import org.cocrea.social.ProgramComparison;

/**
 * The comparison of states (/states, issue 14): a table with CSS bars, filtered by GET parameters
 * ({@code state}, {@code plan}, {@code status}, {@code value}, {@code sdg}, {@code page}) read by
 * the view's parameters (a value that is not one of the list answers 400): the page keeps no state
 * and is served from the public page cache. Below, the same states' published social programs
 * ({@link ProgramComparison}, one statement).
 */
@Named
@RequestScoped
public class StatesPage {

    @Inject
    private StateComparison comparison;

    private Long state;
    private Long plan;
    private MilestoneStatus status;
    private OpenGovernmentValue value;
    private Integer sdg;
    private Integer page;
    @Inject
    private ProgramComparison programComparison;

    private Paged<StateComparison.Row> rows;
    private Map<Long, ProgramComparison.Figures> programFigures;

    /** Called by f:viewAction. */
    public void load() {
        rows = comparison.compare(new StateComparison.Filter(state, plan, status, value, sdg), Paged.pageNumber(page));
        programFigures = programComparison.of(rows.items().stream().map(StateComparison.Row::stateId).toList());
    }

    /** The social-program figures of a state of the page (issue 15): not filtered, they are no commitments. */
    public ProgramComparison.Figures programsOf(long stateId) {
        return programFigures.get(stateId);
    }

    public boolean isFiltered() {
        return state != null || plan != null || status != null || value != null || sdg != null;
    }

    public MilestoneStatus[] getStatuses() { return MilestoneStatus.values(); }
    public OpenGovernmentValue[] getValues() { return OpenGovernmentValue.values(); }

    /** 1 to 17, for the SDG choice. */
    public java.util.List<Integer> getSdgs() {
        return java.util.stream.IntStream.rangeClosed(1, StateComparison.SDG_COUNT).boxed().toList();
    }

    /** The largest amount approved on the page, the scale of the money bars. */
    public BigDecimal getMoneyScale() {
        return rows.items().stream().map(StateComparison.Row::approved).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::max);
    }

    /** An amount as a whole percent of the page's largest amount approved, for a bar's width. */
    public long widthOf(BigDecimal amount) {
        BigDecimal scale = getMoneyScale();
        return amount == null || scale.signum() <= 0 ? 0 : Math.min(100, Math.round(100 * amount.doubleValue() / scale.doubleValue()));
    }

    public Long getState() { return state; }
    public void setState(Long state) { this.state = state; }
    public Long getPlan() { return plan; }
    public void setPlan(Long plan) { this.plan = plan; }
    public MilestoneStatus getStatus() { return status; }
    public void setStatus(MilestoneStatus status) { this.status = status; }
    public OpenGovernmentValue getValue() { return value; }
    public void setValue(OpenGovernmentValue value) { this.value = value; }
    public Integer getSdg() { return sdg; }
    public void setSdg(Integer sdg) { this.sdg = sdg; }
    public Integer getPage() { return page; }
    public void setPage(Integer page) { this.page = page; }
    public Paged<StateComparison.Row> getRows() { return rows; }
}
