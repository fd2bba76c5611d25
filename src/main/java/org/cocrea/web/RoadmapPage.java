package org.cocrea.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cocrea.worksession.Dialogues;
import org.cocrea.shared.NotFoundException;
import org.cocrea.social.Roadmap;
import org.cocrea.social.RoadmapService;
import org.cocrea.social.RoadmapSummary;

/** A published roadmap (/roadmap?id=…): its three parts, their status and what each holds of the published programs. */
@Named
@RequestScoped
public class RoadmapPage {

    @Inject
    private Dialogues dialogues;

    private List<Dialogues.Dialogue> roadmapDialogues;

    @Inject
    private RoadmapService roadmaps;

    private Long id;
    private Roadmap roadmap;
    private RoadmapSummary summary;

    /** Called by f:viewAction; an unpublished or missing roadmap answers 404. */
    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        roadmap = roadmaps.publicRoadmap(id);
        roadmapDialogues = dialogues.ofRoadmap(id);
        summary = roadmaps.summary(roadmap);
    }

    public Long getId() { return id; }
    public void setId(Long v) { this.id = v; }
    public Roadmap getRoadmap() { return roadmap; }
    public RoadmapSummary getSummary() { return summary; }
    /** The dialogues with decision makers about it (includes/dialogues.xhtml). */
    public List<Dialogues.Dialogue> getDialogues() { return roadmapDialogues; }
}
