package org.cocrea.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Locale;
import org.cocrea.systematization.ProgramFacts;
import org.cocrea.systematization.ProgramReportService;

/**
 * /admin/program: the program report across states for the platform administrator (issue 9): the
 * states side by side, the support modes compared, and the same as a PDF in Spanish or English.
 */
@Named("programReportPage")
@RequestScoped
public class ProgramPage {

    @Inject
    private ProgramReportService program;

    private ProgramFacts facts;
    private String language = "es";

    /** Called by f:viewAction. */
    public void load() {
        facts = program.facts();
    }

    /** Sends the PDF, generated now, as the answer to the form. */
    public void download() throws IOException {
        byte[] pdf = program.pdf("en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("es-MX"));
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/pdf");
        external.setResponseContentLength(pdf.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"programa-" + language + ".pdf\"");
        external.getResponseOutputStream().write(pdf);
        context.responseComplete();
    }

    public ProgramFacts getFacts() { return facts; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = "en".equals(language) ? "en" : "es"; }
}
