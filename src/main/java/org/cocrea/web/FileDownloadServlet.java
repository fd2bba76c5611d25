package org.cocrea.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cocrea.attachment.AttachmentService;
import org.cocrea.attachment.AttachmentService.StoredFile;
import org.cocrea.shared.NotFoundException;

/**
 * Serves attached files (priorities, session materials, toolbox) at /file/{id} to whoever the
 * owning feature lets see them. Anything else is a plain 404.
 */
@WebServlet("/file/*")
public class FileDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AttachmentService attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StoredFile file;
        try {
            file = attachments.file(Downloads.idOf(request.getPathInfo()));
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(response, file.attachment().getFileName(), file.attachment().getMediaType(),
                file.attachment().getSha256(), file.content(), file.isPublic());
    }
}
