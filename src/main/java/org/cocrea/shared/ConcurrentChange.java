package org.cocrea.shared;

/** Someone else saved the same record since the user opened it: their change must not be overwritten. */
public final class ConcurrentChange {

    private ConcurrentChange() {
    }

    public static void check(int versionEdited, int versionNow) {
        if (versionEdited != versionNow) {
            throw new DomainException("error.concurrentChange");
        }
    }
}
