package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cocrea.shared.NotFoundException;
import org.cocrea.social.Roadmap;
import org.cocrea.social.RoadmapService;
import org.cocrea.social.RoadmapStatus;
import org.cocrea.social.RoadmapSummary;
import org.cocrea.web.Messages;

/** /stl/roadmap?id=…: a roadmap's three parts with their status and what each holds; edit and publish. */
@Named("stlRoadmapPage")
@ViewScoped
public class RoadmapPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RoadmapService roadmaps;

    private Long id;
    private Roadmap roadmap;
    private RoadmapSummary summary;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        roadmap = roadmaps.forSecretariat(id);
        summary = roadmaps.summary(roadmap);
    }

    public String save() {
        roadmaps.update(roadmap);
        Messages.saved("common.saved");
        return reload();
    }

    public String publish(boolean published) {
        roadmaps.publish(id, published);
        Messages.saved(published ? "social.roadmap.published" : "social.roadmap.unpublished");
        return reload();
    }

    private String reload() {
        return "/stl/roadmap?faces-redirect=true&id=" + id;
    }

    public Long getId() { return id; }
    public void setId(Long v) { this.id = v; }
    public Roadmap getRoadmap() { return roadmap; }
    public RoadmapSummary getSummary() { return summary; }
    public RoadmapStatus[] getStatuses() { return RoadmapStatus.values(); }
}
