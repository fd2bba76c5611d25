package org.cocrea.web;

import jakarta.faces.context.FacesContext;

/** The record id a public section reads from its page's request ({@code ?plan=…}, {@code ?id=…}); null when absent or not a number. */
final class ResultSections {

    private ResultSections() {
    }

    static Long idParameter(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        try {
            return value == null ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
