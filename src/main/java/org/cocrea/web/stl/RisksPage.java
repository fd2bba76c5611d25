package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cocrea.shared.NotFoundException;
import org.cocrea.social.HeatMap;
import org.cocrea.social.ProgramRisk;
import org.cocrea.social.RiskDimension;
import org.cocrea.social.RiskService;
import org.cocrea.social.SocialProgram;
import org.cocrea.social.SocialProgramService;
import org.cocrea.web.Messages;

/** /stl/risks?program=…: a program's corruption risks with their current level and trend, its heat map, and a form for a new risk. */
@Named("stlRisksPage")
@ViewScoped
public class RisksPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SocialProgramService programs;

    @Inject
    private RiskService risks;

    private Long programId;
    private SocialProgram program;
    private List<ProgramRisk> rows;
    private HeatMap heatMap;
    private ProgramRisk newRisk = ProgramRisk.blank();
    private Integer likelihood;
    private Integer impact;

    public void load() {
        if (programId == null) {
            throw new NotFoundException();
        }
        program = programs.forSecretariat(programId);
        rows = risks.ofProgram(programId);
        heatMap = HeatMap.of(rows.stream().map(ProgramRisk::current).toList());
    }

    public String identify() {
        ProgramRisk created = risks.identify(programId, newRisk, likelihood, impact);
        Messages.saved("social.risk.created");
        return "/stl/risk?faces-redirect=true&id=" + created.getId();
    }

    public Long getProgramId() { return programId; }
    public void setProgramId(Long v) { this.programId = v; }
    public SocialProgram getProgram() { return program; }
    public List<ProgramRisk> getRows() { return rows; }
    public HeatMap getHeatMap() { return heatMap; }
    public ProgramRisk getNewRisk() { return newRisk; }
    public Integer getLikelihood() { return likelihood; }
    public void setLikelihood(Integer v) { this.likelihood = v; }
    public Integer getImpact() { return impact; }
    public void setImpact(Integer v) { this.impact = v; }
    public RiskDimension[] getDimensions() { return RiskDimension.values(); }
    public int[] getLevelValues() { return new int[] {1, 2, 3, 4, 5}; }
}
