package org.cocrea.web.actor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.cocrea.file.Upload;
import org.cocrea.file.UploadPolicy;
import org.cocrea.milestone.Milestone;
import org.cocrea.milestone.MilestoneService;
import org.cocrea.milestone.ProgressReport;
import org.cocrea.milestone.ReportLabel;
import org.cocrea.milestone.ReportService;
import org.cocrea.shared.NotFoundException;
import org.cocrea.web.Messages;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;
import java.time.Clock;
import java.time.LocalDate;
import org.cocrea.shared.CurrentCaller;

/**
 * /actor/report?milestone=…: a responsible actor (or the secretariat) reports progress on a
 * milestone with a narrative, a percent and evidence: files and links, saved together or not at all.
 */
@Named("actorReportPage")
@ViewScoped
public class ReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MilestoneService milestones;

    @Inject
    private ReportService reports;

    @Inject
    private UploadPolicy uploadPolicy;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Clock clock;

    private Long milestoneId;
    private Milestone milestone;
    private LocalDate today;
    private ProgressReport form;
    private transient UploadedFiles files;
    private String links;

    public void load() {
        if (milestoneId == null) {
            throw new NotFoundException();
        }
        milestone = milestones.forReporter(milestoneId);
        today = currentCaller.get().today(clock);
        if (form == null) {
            form = ProgressReport.draft(today);
            form.setPercent(milestone.getReportedPercent());
        }
    }

    public String submit() {
        reports.submit(milestoneId, form, uploads(), linkList());
        Messages.saved("report.saved");
        return "/actor/milestones?faces-redirect=true";
    }

    private List<Upload> uploads() {
        if (files == null || files.getFiles() == null) {
            return List.of();
        }
        return files.getFiles().stream()
                .filter(f -> f.getSize() > 0 || (f.getFileName() != null && !f.getFileName().isBlank()))
                .map(ReportPage::toUpload)
                .toList();
    }

    private static Upload toUpload(UploadedFile file) {
        return new Upload(file.getFileName(), file.getContent());
    }

    /** One link per line; blank lines ignored. */
    private List<String> linkList() {
        return links == null ? List.of() : Arrays.stream(links.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public long getMaxBytes() {
        return uploadPolicy.maxBytes();
    }

    public String getFilesHint() {
        return Messages.text("actor.report.filesHint", uploadPolicy.maxBytes() / (1024 * 1024));
    }

    public Long getMilestoneId() { return milestoneId; }
    public void setMilestoneId(Long v) { this.milestoneId = v; }
    public Milestone getMilestone() { return milestone; }
    /** The latest date a report may carry: today in the reporter's (and the milestone's) state. */
    public LocalDate getToday() { return today; }
    public ProgressReport getForm() { return form; }
    public UploadedFiles getFiles() { return files; }
    public void setFiles(UploadedFiles files) { this.files = files; }
    public String getLinks() { return links; }
    public void setLinks(String links) { this.links = links; }
    public ReportLabel[] getLabels() { return ReportLabel.values(); }
}
