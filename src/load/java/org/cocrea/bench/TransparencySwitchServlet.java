package org.cocrea.bench;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code POST /bench/transparency-log?append=false|true}: switches {@link BenchTransparencyLog}'s
 * appending for issue 16's comparison and answers what is now in force. Shipped in the load test's
 * deployment only ({@link LoadTestIT}), never in the WAR.
 */
@WebServlet("/bench/transparency-log")
public class TransparencySwitchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient BenchTransparencyLog log;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.appending(Boolean.parseBoolean(request.getParameter("append")));
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print("append=" + log.isAppending());
    }
}
