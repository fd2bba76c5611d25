package org.cocrea.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.cocrea.attachment.AttachmentService;
import org.cocrea.file.Download;
import org.cocrea.evaluation.EvaluationService;
import org.cocrea.indicator.IndicatorService;
import org.cocrea.shared.NotFoundException;

/**
 * Serves stored files: evidence of progress reports at /evidence/{id}, attached files (priorities,
 * session materials, toolbox) at /file/{id}, evidence of indicator measurements at /measurement/{id}. Each is
 * sent as an attachment with its detected type and its SHA-256 in a header, to whoever the owning feature lets
 * see it (evidence: the evidence rule, or an evaluator assigned to the plan, {@code EvaluationService.evidenceFile}).
 * Anything else is a plain 404.
 */
@WebServlet({"/evidence/*", "/file/*", "/measurement/*", "/report/*"})
public class DownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient EvaluationService evaluations;

    @Inject
    private transient AttachmentService attachments;

    @Inject
    private transient IndicatorService indicators;

    @Inject
    private transient org.cocrea.systematization.ReportService reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/report".equals(request.getServletPath())) {
            reportEdition(request, response);
            return;
        }
        Download download;
        try {
            long id = idOf(request.getPathInfo());
            download = switch (request.getServletPath()) {
                case "/evidence" -> evaluations.evidenceFile(id);
                case "/measurement" -> indicators.evidence(id);
                default -> attachments.file(id);
            };
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = URLEncoder.encode(download.file().getFileName(), StandardCharsets.UTF_8).replace("+", "%20");
        response.setContentType(download.file().getMediaType());
        response.setContentLength(download.content().length);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + name);
        response.setHeader("X-Content-SHA256", download.file().getSha256());
        // stored files never change; files that are not public stay out of every cache
        response.setHeader("Cache-Control", download.isPublic() ? "public, max-age=86400" : "no-store");
        response.getOutputStream().write(download.content());
    }

    /** A published edition of a plan's systematization report (issue 9): public, frozen, its hash in a header. */
    private void reportEdition(HttpServletRequest request, HttpServletResponse response) throws IOException {
        org.cocrea.systematization.ReportEdition edition;
        byte[] pdf;
        try {
            long id = idOf(request.getPathInfo());
            edition = reports.edition(id);
            pdf = reports.editionPdf(id);
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"sistematizacion-" + edition.getPlanId() + "-v"
                + edition.getNumber() + ".pdf\"");
        response.setHeader("X-Content-SHA256", edition.getSha256());
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.getOutputStream().write(pdf);
    }

    /** The id at the end of /evidence/{id} or /file/{id}; a bad one reads as a missing file. */
    private static long idOf(String pathInfo) {
        return Long.parseLong(pathInfo == null ? "" : pathInfo.substring(1));
    }
}
