package org.cocrea.web.stl;

/**
 * The tabs of /stl/commitment, in the order the page shows them: a tab's index (in the page's
 * {@code tab} parameter and the tab view's active index) is its position here. Pages that link to a
 * tab use these names ({@code <f:importConstants type="org.cocrea.web.stl.CommitmentTab"/>}).
 */
public enum CommitmentTab {
    TEMPLATE,
    MONEY,
    MILESTONES,
    PREVIEW,
    AUDIT,
    VERSIONS,
    COMMENTS,
    ORIGIN;

    /** The tab's index in the page, as the {@code tab} parameter carries it. */
    public int getIndex() {
        return ordinal();
    }

    /** The tab at an index; the first one for an index the page does not have. */
    public static CommitmentTab at(int index) {
        return index >= 0 && index < values().length ? values()[index] : TEMPLATE;
    }
}
