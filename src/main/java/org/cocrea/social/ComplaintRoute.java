package org.cocrea.social;

/** To whom a complaint was channelled: the program's own mechanism, the comptroller, the information institute, another. */
public enum ComplaintRoute {
    PROGRAM_MECHANISM,
    COMPTROLLER,
    INFORMATION_INSTITUTE,
    OTHER
}
