package org.cocrea.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cocrea.file.Upload;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.social.Complaint;
import org.cocrea.social.ComplaintService;

/**
 * {@code /file-complaint/submit}: the post of a citizen's complaint form (issue 15), plain multipart
 * HTML like {@link AssistanceServlet}: no Faces, no session; the signed form token, the public limits
 * and the honeypot ({@link PublicForm}) guard it, {@link RequestGuard} its size and
 * {@code file.UploadPolicy} each file. Filed, it redirects to the complaint's folio page
 * ({@code /complaint?folio=…&r=filed}); refused, the form is rendered again in the same request with
 * the message beside its field and the text typed, identity included, in place ({@link RefusedPost}:
 * never in an address); the files are chosen again ({@link ComplaintFormPage}). A filled honeypot is sent back to the
 * program's page and writes nothing; a program that is not published, or a tampered id, is 404.
 */
@WebServlet("/file-complaint/submit")
@MultipartConfig(fileSizeThreshold = 1024 * 1024)
public class ComplaintServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String FILES = "files";

    @Inject
    private ComplaintService complaints;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        long programId;
        try {
            programId = Long.parseLong(request.getParameter("program"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String context = request.getContextPath();
        if (PublicForm.byRobot(request)) {
            response.sendRedirect(context + "/program?id=" + programId);
            return;
        }
        try {
            Complaint filed = complaints.filePublic(programId, request.getParameter("what"), request.getParameter("complainantName"),
                    request.getParameter("complainantContact"), uploads(request), request.getParameter("form"), request.getRemoteAddr());
            response.sendRedirect(context + "/complaint?folio=" + encoded(filed.getFolio()) + "&r=filed");
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (DomainException e) {
            RefusedPost.forward(request, response, "/file-complaint.xhtml", e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/index");
    }

    /** The files chosen in the form's file input; an input left empty is sent as a nameless empty part. */
    private static List<Upload> uploads(HttpServletRequest request) throws IOException, ServletException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return List.of();
        }
        List<Upload> uploads = new ArrayList<>();
        for (Part part : request.getParts()) {
            String name = part.getSubmittedFileName();
            if (FILES.equals(part.getName()) && (part.getSize() > 0 || (name != null && !name.isBlank()))) {
                try (InputStream in = part.getInputStream()) {
                    uploads.add(new Upload(name, in.readAllBytes()));
                }
            }
        }
        return uploads;
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
