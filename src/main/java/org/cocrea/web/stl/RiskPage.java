package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import org.cocrea.shared.NotFoundException;
import org.cocrea.social.ProgramRisk;
import org.cocrea.social.RiskDimension;
import org.cocrea.social.RiskService;
import org.cocrea.web.Messages;

/** /stl/risk?id=…: one risk of a social program: its monitoring history, a new review, and its edit form. */
@Named("stlRiskPage")
@ViewScoped
public class RiskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RiskService risks;

    @Inject
    private Clock clock;

    private Long id;
    private ProgramRisk risk;
    private LocalDate today;
    private LocalDate reviewedOn;
    private Integer likelihood;
    private Integer impact;
    private String whatChanged;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        risk = risks.forSecretariat(id);
        today = risk.getProgram().getState().today(clock);
        if (reviewedOn == null) {
            reviewedOn = today;
        }
    }

    public String save() {
        risks.update(risk);
        Messages.saved("common.saved");
        return reload();
    }

    public String review() {
        risks.review(id, reviewedOn, likelihood, impact, whatChanged);
        Messages.saved("social.risk.reviewed");
        return reload();
    }

    private String reload() {
        return "/stl/risk?faces-redirect=true&id=" + id;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ProgramRisk getRisk() { return risk; }
    public LocalDate getToday() { return today; }
    public LocalDate getReviewedOn() { return reviewedOn; }
    public void setReviewedOn(LocalDate v) { this.reviewedOn = v; }
    public Integer getLikelihood() { return likelihood; }
    public void setLikelihood(Integer v) { this.likelihood = v; }
    public Integer getImpact() { return impact; }
    public void setImpact(Integer v) { this.impact = v; }
    public String getWhatChanged() { return whatChanged; }
    public void setWhatChanged(String v) { this.whatChanged = v; }
    public RiskDimension[] getDimensions() { return RiskDimension.values(); }
    public int[] getLevelValues() { return new int[] {1, 2, 3, 4, 5}; }
}
