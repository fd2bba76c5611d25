package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.social.Roadmap;
import org.cocrea.social.RoadmapService;
import org.cocrea.web.Messages;

/** /stl/roadmaps: the state's roadmaps (hojas de ruta) by period, and a form for a new one. */
@Named("stlRoadmapsPage")
@ViewScoped
public class RoadmapsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RoadmapService roadmaps;

    @Inject
    private CurrentCaller currentCaller;

    private Long stateId;
    private List<Roadmap> rows;
    private Roadmap newRoadmap = Roadmap.blank();

    public void load() {
        stateId = currentCaller.get().stateId();
        rows = roadmaps.ofState(stateId);
    }

    public String create() {
        Roadmap created = roadmaps.create(stateId, newRoadmap);
        Messages.saved("social.roadmap.created");
        return "/stl/roadmap?faces-redirect=true&id=" + created.getId();
    }

    public List<Roadmap> getRows() { return rows; }
    public Roadmap getNewRoadmap() { return newRoadmap; }
}
