package org.cocrea.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.cocrea.opendata.ImportTemplate;
import org.cocrea.shared.BundleText;

/**
 * {@code /stl/import-template.xlsx}: the XLSX template of the import (issue 14), in the language the
 * person chose ({@link LocaleSwitch}), for the secretariat (under {@code /stl/*}). It holds no
 * data: only the dictionary's sheets, columns, drop-downs and instructions ({@link ImportTemplate}).
 */
@WebServlet("/stl/import-template.xlsx")
public class ImportTemplateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = LocaleSwitch.localeOf(LocaleSwitch.cookieOf(request));
        response.setContentType(org.cocrea.opendata.Format.XLSX.mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + BundleText.of(locale, "import.template.fileName") + "\"");
        response.setHeader("Cache-Control", "private, no-cache");
        ImportTemplate.write(response.getOutputStream(), locale);
    }
}
