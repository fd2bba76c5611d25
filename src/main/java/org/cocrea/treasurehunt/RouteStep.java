package org.cocrea.treasurehunt;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One step of the route a team followed: what it did, and the folio when it was an access-to-information request. */
@Embeddable
public class RouteStep implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(length = 60)
    private String folio;

    protected RouteStep() {
    }

    RouteStep(int position, String description, String folio) {
        this.position = position;
        this.description = description;
        this.folio = folio;
    }

    public int getPosition() { return position; }
    public String getDescription() { return description; }
    public String getFolio() { return folio; }

    @Override
    public String toString() {
        return position + ". " + description + (folio == null ? "" : " [" + folio + "]");
    }
}
