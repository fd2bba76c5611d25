package org.cocrea.web.actor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cocrea.milestone.Milestone;
import org.cocrea.plan.Phase;
import org.cocrea.shared.NotFoundException;
import org.cocrea.systematization.LearningSource;
import org.cocrea.systematization.Lesson;
import org.cocrea.systematization.LessonService;
import org.cocrea.web.Messages;

/**
 * /actor/lesson?milestone=…: a responsible actor proposes a lesson about a milestone it answers
 * for, and sees what became of its earlier proposals.
 */
@Named("actorLessonPage")
@ViewScoped
public class LessonPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LessonService lessons;

    private Long milestoneId;
    private Milestone milestone;
    private Lesson form;
    private List<Lesson> proposals;

    public void load() {
        if (milestoneId == null) {
            throw new NotFoundException();
        }
        milestone = lessons.milestoneForProposal(milestoneId);
        proposals = lessons.myProposals();
        if (form == null) {
            form = Lesson.blank();
            form.setPhase(Phase.FOLLOW_UP);
        }
    }

    public String propose() {
        lessons.propose(milestoneId, form);
        Messages.saved("lessons.proposed");
        return "/actor/lesson?faces-redirect=true&milestone=" + milestoneId;
    }

    public Long getMilestoneId() { return milestoneId; }
    public void setMilestoneId(Long v) { this.milestoneId = v; }
    public Milestone getMilestone() { return milestone; }
    public Lesson getForm() { return form; }
    public List<Lesson> getProposals() { return proposals; }
    public Phase[] getPhases() { return Phase.values(); }
    public LearningSource[] getSources() { return LearningSource.values(); }
}
