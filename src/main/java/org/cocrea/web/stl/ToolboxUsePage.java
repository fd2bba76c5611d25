package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.cocrea.attachment.Attachment;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.Phase;
import org.cocrea.plan.PlanService;
import org.cocrea.shared.NotFoundException;
import org.cocrea.toolbox.ToolboxUse;
import org.cocrea.toolbox.ToolboxUseService;
import org.cocrea.toolbox.ToolboxUseService.Choice;
import org.cocrea.toolbox.UseKind;
import org.cocrea.web.FileInputs;
import org.cocrea.web.Messages;

/**
 * /stl/toolbox-use?plan=…[&amp;material=…][&amp;use=…]: the plan's use of the toolbox, for its secretariat.
 * The uses by phase with their adapted versions (withdrawn ones marked), a form to record one (the
 * toolbox's "record its use" link chooses the material), and, for the use chosen by {@code use}, its
 * edit, a new adapted version and the withdrawal.
 */
@Named("stlToolboxUsePage")
@ViewScoped
public class ToolboxUsePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlanService plans;

    @Inject
    private ToolboxUseService uses;

    private Long planId;
    private Long materialId;
    private Long useId;
    private ActionPlan plan;
    private List<ToolboxUse> rows;
    private Map<Long, List<Attachment>> versions;
    private List<Choice> choices;
    private ToolboxUse newUse;
    private ToolboxUse selected;
    private String withdrawReason;
    private final FileInputs newFile = new FileInputs();
    private final FileInputs versionFile = new FileInputs();

    public void load() {
        if (planId == null) {
            throw new NotFoundException();
        }
        plan = plans.forSecretariat(planId);
        rows = uses.ofPlan(planId);
        versions = uses.versionsOf(rows);
        choices = uses.choicesFor(planId);
        if (newUse == null) {
            newUse = ToolboxUse.blank();
            newUse.setKind(UseKind.USED);
            Choice chosen = choices.stream().filter(c -> c.id() == (materialId == null ? -1 : materialId)).findFirst().orElse(null);
            materialId = chosen == null ? null : chosen.id();
            newUse.setPhase(chosen == null ? plan.getPhase() : chosen.phase());
        }
        if (useId != null && selected == null) {
            selected = rows.stream().filter(u -> u.getId().equals(useId) && !u.isWithdrawn()).findFirst()
                    .orElseThrow(NotFoundException::new);
        }
    }

    public String record() {
        uses.record(planId, materialId == null ? -1 : materialId, newUse, newFile.optionalFile());
        Messages.saved("toolboxUse.recorded");
        return reload();
    }

    public String save() {
        uses.update(selected.getId(), selected);
        Messages.saved("toolboxUse.saved");
        return reload();
    }

    public String uploadVersion() {
        uses.uploadVersion(selected.getId(), versionFile.requiredFile());
        Messages.saved("toolboxUse.versionUploaded");
        return reload();
    }

    public String withdraw() {
        uses.withdraw(selected.getId(), withdrawReason);
        Messages.saved("toolboxUse.withdrawnMessage");
        return reload();
    }

    private String reload() {
        return "/stl/toolbox-use?faces-redirect=true&plan=" + planId;
    }

    /** The uses of a phase, in the order recorded. */
    public List<ToolboxUse> ofPhase(Phase phase) {
        return rows.stream().filter(u -> u.getPhase() == phase).toList();
    }

    /** Every adapted version of a use, oldest first (the last is the current one). */
    public List<Attachment> versionsOf(ToolboxUse use) {
        return versions.getOrDefault(use.getId(), List.of());
    }

    public Long getPlanId() { return planId; }
    public void setPlanId(Long planId) { this.planId = planId; }
    public Long getMaterialId() { return materialId; }
    public void setMaterialId(Long materialId) { this.materialId = materialId; }
    public Long getUseId() { return useId; }
    public void setUseId(Long useId) { this.useId = useId; }
    public ActionPlan getPlan() { return plan; }
    public List<ToolboxUse> getRows() { return rows; }
    public List<Choice> getChoices() { return choices; }
    public ToolboxUse getNewUse() { return newUse; }
    public ToolboxUse getSelected() { return selected; }
    public String getWithdrawReason() { return withdrawReason; }
    public void setWithdrawReason(String withdrawReason) { this.withdrawReason = withdrawReason; }
    public FileInputs getNewFile() { return newFile; }
    public FileInputs getVersionFile() { return versionFile; }
    public Phase[] getPhases() { return Phase.values(); }
    public UseKind[] getKinds() { return UseKind.values(); }
}
