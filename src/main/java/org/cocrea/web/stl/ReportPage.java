package org.cocrea.web.stl;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.PlanService;
import org.cocrea.shared.NotFoundException;
import org.cocrea.shared.JobStatus;
import org.cocrea.systematization.ReportEdition;
import org.cocrea.systematization.ReportGenerations;
import org.cocrea.systematization.ReportService;
import org.cocrea.systematization.ReportText;
import org.cocrea.web.Messages;

/**
 * /stl/report?plan=…: the secretariat generates the plan's systematization report as a PDF, in Spanish
 * or English, in the background (the page polls its progress and offers the file when ready), and
 * publishes that very file while the records have not changed since.
 */
@Named("stlReportPage")
@ViewScoped
public class ReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlanService plans;

    @Inject
    private ReportService reports;

    @Inject
    private ReportGenerations generations;

    private Long planId;
    private ActionPlan plan;
    private String language = "es";
    private String foreword;
    private String conclusions;
    private java.util.List<ReportEdition> editions;
    private JobStatus job;
    private String jobLanguage;

    public void load() {
        if (planId == null) {
            throw new NotFoundException();
        }
        plan = plans.forSecretariat(planId);
        if (foreword == null && conclusions == null) {
            ReportText texts = reports.texts(planId);
            foreword = texts.getForeword();
            conclusions = texts.getConclusions();
        }
        editions = reports.editions(planId);
    }

    public String saveTexts() {
        reports.writeTexts(planId, foreword, conclusions);
        Messages.saved("report.texts.saved");
        return reload();
    }

    /** Publishes the very PDF the page generated (and offered), if the records did not change since; nothing drawn here. */
    public String publish() {
        ReportEdition edition = reports.publish(planId, locale(jobLanguage), job == null ? null : job.id());
        Messages.saved("report.published", edition.getNumber());
        return reload();
    }

    private String reload() {
        return "/stl/report?faces-redirect=true&plan=" + planId;
    }

    private Locale locale() {
        return locale(language);
    }

    private static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("es-MX");
    }

    /** Asks for the PDF: generated in the background (or the generation already asked for shared); the page polls it. */
    public void generate() {
        job = generations.start(planId, locale());
        jobLanguage = language;
    }

    /** The poll: where the generation stands now; one forgotten meanwhile (kept a while after it finished) is told. */
    public void refresh() {
        if (job != null) {
            try {
                job = generations.status(job.id());
            } catch (NotFoundException forgotten) {
                job = null;
                Messages.error("jobs.gone");
            }
        }
    }

    /** Sends the PDF of the ready generation as the answer to the form. */
    public void download() throws IOException {
        refresh();
        if (job == null || !job.isReady()) {
            return;
        }
        byte[] pdf = generations.pdf(job.id());
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/pdf");
        external.setResponseContentLength(pdf.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"sistematizacion-" + planId + "-" + jobLanguage + ".pdf\"");
        external.getResponseOutputStream().write(pdf);
        context.responseComplete();
    }

    public JobStatus getJob() { return job; }
    public String getForeword() { return foreword; }
    public void setForeword(String foreword) { this.foreword = foreword; }
    public String getConclusions() { return conclusions; }
    public void setConclusions(String conclusions) { this.conclusions = conclusions; }
    public java.util.List<ReportEdition> getEditions() { return editions; }
    public Long getPlanId() { return planId; }
    public void setPlanId(Long planId) { this.planId = planId; }
    public ActionPlan getPlan() { return plan; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = "en".equals(language) ? "en" : "es"; }
}
