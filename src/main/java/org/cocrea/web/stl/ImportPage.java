package org.cocrea.web.stl;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.actor.ActorType;
import org.cocrea.file.Upload;
import org.cocrea.opendata.ImportFiles;
import org.cocrea.opendata.ImportJobs;
import org.cocrea.opendata.ImportLimits;
import org.cocrea.opendata.ImportPreview;
import org.cocrea.opendata.ImportProblem;
import org.cocrea.opendata.PlanFile;
import org.cocrea.opendata.PlanImport;
import org.cocrea.opendata.Where;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.PlanService;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.JobStatus;
import org.cocrea.shared.NotFoundException;
import org.cocrea.web.FileInputs;
import org.cocrea.web.Messages;

/**
 * /stl/import?plan=…: the import of commitments from a file (issue 14). The file is checked first
 * (the dry run: what will be created, the actors matched or proposed, every problem where it
 * stands); the person ticks the actors to create, may choose to publish the commitments at the
 * import (the dry run then checks their publication too) and imports; the file read stays in this view,
 * never in the form, so nothing of it can be tampered with on the way back. The import runs in the
 * background ({@link ImportJobs}): the page polls its progress, then shows the plan or the problems.
 */
@Named("stlImportPage")
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlanService plans;

    @Inject
    private PlanImport imports;

    @Inject
    private ImportJobs importJobs;

    private Long planId;
    private ActionPlan plan;
    private final FileInputs inputs = new FileInputs();
    private PlanFile file;
    private ImportPreview preview;
    private final Map<String, Boolean> create = new HashMap<>();
    private final Map<String, ActorType> types = new HashMap<>();
    private JobStatus job;
    private boolean publish;

    public void load() {
        if (planId == null) {
            throw new NotFoundException();
        }
        plan = plans.forSecretariat(planId);
    }

    /**
     * The dry run of the chosen file: nothing is saved. A file that cannot be read as a plan at all
     * (not a plan's format, unreadable, empty, too large) is refused beside the field; the check of
     * a file before it is forgotten either way, so that no earlier preview can be imported.
     */
    public void check() {
        file = null;
        preview = null;
        job = null;
        create.clear();
        types.clear();
        Upload upload = inputs.requiredFile();
        PlanFile read = ImportFiles.read(upload.fileName(), upload.bytes());
        ImportProblem unreadable = read.commitments().isEmpty() ? read.problems().stream()
                .filter(p -> p.where().kind() == Where.Kind.FILE && p.where().column() == null).findFirst().orElse(null) : null;
        if (unreadable != null) {
            throw DomainException.onField("file", unreadable.key(), unreadable.arguments().toArray());
        }
        file = read;
        preview = imports.preview(planId, file, Map.of(), publish);
        preview.unknownActors().forEach(a -> types.put(a.name(), a.proposedType()));
    }

    /** The dry run again, with the actors ticked for creation and the choice to publish. */
    public void recheck() {
        if (file != null) {
            preview = imports.preview(planId, file, toCreate(), publish);
        }
    }

    /** Runs the import in the background (one transaction, all or nothing); the page polls it. */
    public void run() {
        if (file != null) {
            job = importJobs.start(planId, file, toCreate(), publish);
        }
    }

    /**
     * The poll: where the import stands. Done, the plan's page with what was created; refused, the
     * problems found at the last moment beside the rows (nothing was saved); any other failure the
     * job's own message.
     */
    public void refresh() throws IOException {
        if (job == null) {
            return;
        }
        try {
            job = importJobs.status(job.id());
        } catch (NotFoundException forgotten) {
            job = null;
            Messages.error("jobs.gone");
            return;
        }
        if (job.isReady()) {
            PlanImport.ImportResult result = importJobs.result(job.id());
            Messages.saved("import.done", result.commitments(), result.milestones(), result.actors());
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/stl/plan?id=" + planId);
        } else if (job.isFailed() && "import.refused".equals(job.messageKey())) {
            preview = imports.preview(planId, file, toCreate(), publish);
        }
    }

    private Map<String, ActorType> toCreate() {
        Map<String, ActorType> ticked = new LinkedHashMap<>();
        create.forEach((name, yes) -> {
            if (Boolean.TRUE.equals(yes)) {
                ticked.put(name, types.get(name));
            }
        });
        return ticked;
    }

    /** Where a problem stands, as the person sees the file. */
    public String where(ImportProblem problem) {
        Where where = problem.where();
        String place = switch (where.kind()) {
            case FILE -> Messages.text("import.where.file");
            default -> where.isWholeTable() ? Messages.text("import.where.table", where.table())
                    : Messages.text("import.where." + where.kind().name().toLowerCase(java.util.Locale.ROOT), where.table(), where.row());
        };
        return where.column() == null ? place : Messages.text("import.where.column", place, where.column());
    }

    public String message(ImportProblem problem) {
        return Messages.text(problem.key(), problem.arguments().toArray());
    }

    public String getFileLabel() {
        return Messages.text("import.file", ImportLimits.MAX_BYTES / (1024 * 1024));
    }

    public ActorType[] getActorTypes() {
        return ActorType.values();
    }

    public List<PlanFile.CommitmentRow> getCommitments() {
        return file == null ? List.of() : file.commitments();
    }

    public Long getPlanId() { return planId; }
    public void setPlanId(Long planId) { this.planId = planId; }
    public ActionPlan getPlan() { return plan; }
    public FileInputs getInputs() { return inputs; }
    public ImportPreview getPreview() { return preview; }
    public PlanFile getFile() { return file; }
    public Map<String, Boolean> getCreate() { return create; }
    public Map<String, ActorType> getTypes() { return types; }
    public JobStatus getJob() { return job; }
    public boolean isPublish() { return publish; }
    public void setPublish(boolean publish) { this.publish = publish; }
}
