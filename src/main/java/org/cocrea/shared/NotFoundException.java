package org.cocrea.shared;

/** The record does not exist, or is not visible to the caller (which is the same to them). */
public class NotFoundException extends DomainException {

    public NotFoundException() {
        super("error.notFound");
    }
}
