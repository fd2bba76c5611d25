package org.cocrea.web;

import jakarta.faces.context.ExceptionHandler;
import java.io.IOException;
import org.primefaces.application.exceptionhandler.ExceptionInfo;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;

/**
 * PrimeFaces' handler of what fails in an ajax request (the layout's "something went wrong"
 * dialog, or a redirect to the error page), telling the browser nothing about the failure: it
 * writes the exception's class and message into its answer, so here they are blank. The server's
 * log keeps the whole exception.
 */
public class QuietPrimeExceptionHandler extends PrimeExceptionHandler {

    public QuietPrimeExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    protected ExceptionInfo createExceptionInfo(Throwable rootCause) throws IOException {
        ExceptionInfo info = super.createExceptionInfo(rootCause);
        info.setException(null);
        info.setType("");
        info.setMessage("");
        info.setStackTrace(new StackTraceElement[0]);
        info.setFormattedStackTrace("");
        return info;
    }
}
