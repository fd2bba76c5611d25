package org.cocrea.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.shared.NotFoundException;
import org.cocrea.social.ComplaintRoute;
import org.cocrea.social.ComplaintService;
import org.cocrea.social.ComplaintStatus;
import org.cocrea.social.ConditionService;
import org.cocrea.social.HeatMap;
import org.cocrea.social.Recommendation;
import org.cocrea.social.RecommendationService;
import org.cocrea.social.RiskService;
import org.cocrea.social.RiskSummary;
import org.cocrea.social.SocialProgram;
import org.cocrea.social.SocialProgramService;
import org.cocrea.social.VigilanceService;
import org.cocrea.worksession.Dialogues;

/** A published social program (/program?id=…): its money, beneficiaries, rules and open data; its conditions checklist; its vigilance groups and their published findings; its risks and their heat map; its recommendations with the answers; its complaints as counts by status and by route, and the way to file one. */
@Named
@RequestScoped
public class ProgramPage {

    @Inject
    private Dialogues dialogues;

    private List<Dialogues.Dialogue> programDialogues;

    @Inject
    private SocialProgramService programs;

    private Long id;
    @Inject
    private RiskService risks;

    @Inject
    private RecommendationService recommendations;

    @Inject
    private ConditionService conditions;

    @Inject
    private VigilanceService vigilance;

    @Inject
    private ComplaintService complaints;

    @Inject
    private Clock clock;

    private SocialProgram program;
    private LocalDate today;
    private List<Recommendation> programRecommendations;
    private List<RiskSummary> programRisks;
    private HeatMap heatMap;
    private List<ConditionService.Line> checklist;
    private List<VigilanceService.PublicGroup> groups;
    private ComplaintService.Counts complaintCounts;

    /** Called by f:viewAction; an unpublished or missing program answers 404. */
    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        program = programs.publicProgram(id);
        programDialogues = dialogues.publicOfProgram(id);
        programRisks = risks.publicOfProgram(id);
        programRecommendations = recommendations.publicOfProgram(id);
        checklist = conditions.checklist(id);
        groups = vigilance.publicOfProgram(id);
        complaintCounts = complaints.counts(id);
        today = program.getState().today(clock);
        heatMap = HeatMap.of(programRisks.stream().map(RiskSummary::current).toList());
    }

    public Long getId() { return id; }
    public void setId(Long v) { this.id = v; }
    public SocialProgram getProgram() { return program; }
    public List<RiskSummary> getRisks() { return programRisks; }
    public HeatMap getHeatMap() { return heatMap; }
    public List<Recommendation> getRecommendations() { return programRecommendations; }
    public LocalDate getToday() { return today; }
    public List<ConditionService.Line> getConditions() { return checklist; }
    public List<VigilanceService.PublicGroup> getGroups() { return groups; }
    /** How many complaints the program has by status and by route (never who filed them). */
    public ComplaintService.Counts getComplaintCounts() { return complaintCounts; }
    public ComplaintStatus[] getComplaintStatuses() { return ComplaintStatus.values(); }
    public ComplaintRoute[] getComplaintRoutes() { return ComplaintRoute.values(); }
    /** The dialogues with decision makers about it (includes/dialogues.xhtml). */
    public List<Dialogues.Dialogue> getDialogues() { return programDialogues; }
}
