package org.cocrea.shared;

/** The one way services say that a record looked up by id is not there. */
public final class Records {

    private Records() {
    }

    /** The record, or {@link NotFoundException} when the lookup found nothing. */
    public static <T> T found(T record) {
        if (record == null) {
            throw new NotFoundException();
        }
        return record;
    }
}
