package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorService;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.social.SocialProgram;
import org.cocrea.social.SocialProgramService;
import org.cocrea.social.SocialProgramService.Ranked;
import org.cocrea.web.Messages;

/** /stl/programs: the state's social programs as the secretariat ranked them, each member's own score at hand, and a form for a new one. */
@Named("stlProgramsPage")
@ViewScoped
public class ProgramsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SocialProgramService programs;

    @Inject
    private ActorService actors;

    @Inject
    private CurrentCaller currentCaller;

    private Long stateId;
    private List<Ranked> rows;
    private List<Actor> stateActors;
    private final Map<Long, Integer> myScores = new HashMap<>();
    private SocialProgram newProgram = SocialProgram.blank();
    private Long agencyId;

    public void load() {
        stateId = currentCaller.get().stateId();
        rows = programs.ranking(stateId);
        stateActors = actors.ofMyState();
        myScores.clear();
        rows.forEach(row -> myScores.put(row.program().getId(), row.myScore()));
    }

    public String score(long programId) {
        programs.score(programId, myScores.get(programId));
        Messages.saved("priorities.score.saved");
        return "/stl/programs?faces-redirect=true";
    }

    public String create() {
        SocialProgram created = programs.create(stateId, newProgram, agencyId);
        Messages.saved("social.program.created");
        return "/stl/program?faces-redirect=true&id=" + created.getId();
    }

    public Long getStateId() { return stateId; }
    public List<Ranked> getRows() { return rows; }
    public List<Actor> getStateActors() { return stateActors; }
    public Map<Long, Integer> getMyScores() { return myScores; }
    public SocialProgram getNewProgram() { return newProgram; }
    public Long getAgencyId() { return agencyId; }
    public void setAgencyId(Long v) { this.agencyId = v; }
    public int[] getScoreValues() { return new int[] {1, 2, 3, 4, 5}; }
}
