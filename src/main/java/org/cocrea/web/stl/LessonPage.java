package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.plan.Phase;
import org.cocrea.shared.NotFoundException;
import org.cocrea.systematization.LearningSource;
import org.cocrea.systematization.Lesson;
import org.cocrea.systematization.LessonLink;
import org.cocrea.systematization.LessonService;
import org.cocrea.systematization.LinkTargets;
import org.cocrea.web.Messages;

/** /stl/lesson?id=…: the secretariat edits one lesson of its plan, with the same form as the list's. */
@Named("stlLessonPage")
@ViewScoped
public class LessonPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LessonService lessons;

    private Long id;
    private Lesson lesson;
    private LinkTargets targets;
    private List<String> linkKeys;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        if (lesson == null) {
            lesson = lessons.forSecretariat(id);
            linkKeys = new ArrayList<>(lesson.getLinks().stream().map(LessonLink::key).toList());
        }
        targets = lessons.targetsOf(lesson.getPlan().getId());
    }

    public String save() {
        Lesson saved = lessons.update(lesson, linkKeys);
        Messages.saved("lessons.saved");
        return "/stl/lessons?faces-redirect=true&plan=" + saved.getPlan().getId();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Lesson getLesson() { return lesson; }
    public LinkTargets getTargets() { return targets; }
    public List<String> getLinkKeys() { return linkKeys; }
    public void setLinkKeys(List<String> linkKeys) { this.linkKeys = linkKeys; }
    public Phase[] getPhases() { return Phase.values(); }
    public LearningSource[] getSources() { return LearningSource.values(); }
}
