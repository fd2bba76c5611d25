package org.cocrea.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/**
 * Registers {@link DomainExceptionHandler} around PrimeFaces' handler, made quiet
 * ({@link QuietPrimeExceptionHandler}), around the handler configured before it.
 */
public class DomainExceptionHandlerFactory extends ExceptionHandlerFactory {

    public DomainExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new DomainExceptionHandler(new QuietPrimeExceptionHandler(getWrapped().getExceptionHandler()));
    }
}
