package org.cocrea.shared;

/** The caller may not do this: wrong role, or a record of another state. */
public class AccessDeniedException extends DomainException {

    public AccessDeniedException() {
        super("error.accessDenied");
    }
}
