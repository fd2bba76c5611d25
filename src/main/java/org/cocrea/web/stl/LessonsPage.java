package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.Phase;
import org.cocrea.plan.PlanService;
import org.cocrea.shared.NotFoundException;
import org.cocrea.systematization.LearningSource;
import org.cocrea.systematization.Lesson;
import org.cocrea.systematization.LessonService;
import org.cocrea.systematization.LessonStatus;
import org.cocrea.systematization.LinkTargets;
import org.cocrea.web.Messages;

/**
 * /stl/lessons?plan=…: the plan's lessons by phase, the responsible actors' proposals to accept or
 * decline, and a form for a new lesson.
 */
@Named("stlLessonsPage")
@ViewScoped
public class LessonsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlanService plans;

    @Inject
    private LessonService lessons;

    private Long planId;
    private ActionPlan plan;
    private List<Lesson> rows;
    private LinkTargets targets;
    private Lesson newLesson;
    private List<String> linkKeys = new ArrayList<>();
    private final Map<Long, Boolean> acceptPublic = new HashMap<>();
    private final Map<Long, String> declineReasons = new HashMap<>();

    public void load() {
        if (planId == null) {
            throw new NotFoundException();
        }
        plan = plans.forSecretariat(planId);
        rows = lessons.ofPlan(planId);
        targets = lessons.targetsOf(planId);
        if (newLesson == null) {
            newLesson = Lesson.blank();
            newLesson.setPhase(plan.getPhase());
        }
    }

    public String create() {
        lessons.create(planId, newLesson, linkKeys);
        Messages.saved("lessons.created");
        return reload();
    }

    public String accept(long lessonId) {
        lessons.accept(lessonId, Boolean.TRUE.equals(acceptPublic.get(lessonId)));
        Messages.saved("lessons.accepted");
        return reload();
    }

    public String decline(long lessonId) {
        lessons.decline(lessonId, declineReasons.get(lessonId));
        Messages.saved("lessons.declined");
        return reload();
    }

    private String reload() {
        return "/stl/lessons?faces-redirect=true&plan=" + planId;
    }

    public List<Lesson> getProposals() {
        return rows.stream().filter(l -> l.getStatus() == LessonStatus.PROPOSED).toList();
    }

    /** The lessons of a phase (accepted and declined; proposals wait above). */
    public List<Lesson> ofPhase(Phase phase) {
        return rows.stream().filter(l -> l.getPhase() == phase && l.getStatus() != LessonStatus.PROPOSED).toList();
    }

    /** What a lesson is about: each linked record's kind and title. */
    public List<String> aboutOf(Lesson lesson) {
        return targets.of(lesson.getLinks()).stream()
                .map(t -> Messages.text("lessons.link." + t.link().getKind()) + ": " + t.title())
                .toList();
    }

    public long getPublicCount() {
        return rows.stream().filter(Lesson::isPublic).count();
    }

    public Long getPlanId() { return planId; }
    public void setPlanId(Long planId) { this.planId = planId; }
    public ActionPlan getPlan() { return plan; }
    public List<Lesson> getRows() { return rows; }
    public LinkTargets getTargets() { return targets; }
    public Lesson getNewLesson() { return newLesson; }
    public List<String> getLinkKeys() { return linkKeys; }
    public void setLinkKeys(List<String> linkKeys) { this.linkKeys = linkKeys; }
    public Map<Long, Boolean> getAcceptPublic() { return acceptPublic; }
    public Map<Long, String> getDeclineReasons() { return declineReasons; }
    public Phase[] getPhases() { return Phase.values(); }
    public LearningSource[] getSources() { return LearningSource.values(); }
}
