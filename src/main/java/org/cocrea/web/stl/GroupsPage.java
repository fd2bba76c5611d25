package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cocrea.shared.NotFoundException;
import org.cocrea.social.SocialProgram;
import org.cocrea.social.SocialProgramService;
import org.cocrea.social.VigilanceGroup;
import org.cocrea.social.VigilanceService;
import org.cocrea.web.Messages;

/** /stl/groups?program=…: a program's vigilance groups and a form for a new one. */
@Named("stlGroupsPage")
@ViewScoped
public class GroupsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SocialProgramService programs;

    @Inject
    private VigilanceService vigilance;

    private Long programId;
    private SocialProgram program;
    private List<VigilanceGroup> groups;
    private final VigilanceGroup newGroup = VigilanceGroup.blank();

    public void load() {
        if (programId == null) {
            throw new NotFoundException();
        }
        program = programs.forSecretariat(programId);
        groups = vigilance.ofProgram(programId);
    }

    public String create() {
        VigilanceGroup created = vigilance.create(programId, newGroup);
        Messages.saved("vigilance.created");
        return "/stl/group?faces-redirect=true&id=" + created.getId();
    }

    public Long getProgramId() { return programId; }
    public void setProgramId(Long v) { this.programId = v; }
    public SocialProgram getProgram() { return program; }
    public List<VigilanceGroup> getGroups() { return groups; }
    public VigilanceGroup getNewGroup() { return newGroup; }
}
