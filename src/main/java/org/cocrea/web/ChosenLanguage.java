package org.cocrea.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * Every view is in the language the person chose ({@link LocaleSwitch}: the cookie; Spanish
 * unless English was picked) from the moment it is created, not from the browser's
 * {@code Accept-Language}. The layout's {@code f:view locale} says the same, but only once the
 * page is built: a refusal raised while a page opens (its {@code f:viewAction}) is worded before
 * that, and came out in the browser's language on a page in the chosen one.
 */
public class ChosenLanguage extends ViewHandlerWrapper {

    public ChosenLanguage(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return context.getExternalContext().getRequest() instanceof HttpServletRequest request
                ? LocaleSwitch.localeOf(LocaleSwitch.cookieOf(request))
                : super.calculateLocale(context);
    }
}
