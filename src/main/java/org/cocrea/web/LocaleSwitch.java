package org.cocrea.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the interface for this visit: Spanish (Mexico) unless the person picks English. */
@Named
@SessionScoped
public class LocaleSwitch implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Format.MEXICO;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isSpanish() {
        return "es".equals(locale.getLanguage());
    }

    public void toSpanish() {
        change(Format.MEXICO);
    }

    public void toEnglish() {
        change(Locale.ENGLISH);
    }

    private void change(Locale next) {
        locale = next;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(next);
    }
}
