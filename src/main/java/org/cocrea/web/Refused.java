package org.cocrea.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.component.tabview.Tab;

/**
 * What a page shows after a form was refused (a required field, a bad date, a rule): the tab holding
 * that form, so that its errors and what was typed are in sight ({@code activeIndex="#{refused.tab(component,
 * page.tab)}"} on every tab view whose tabs hold forms), and, beside a file input of that form, that
 * a chosen file must be chosen again (a browser never sends a file twice).
 */
@Named
@ApplicationScoped
public class Refused {

    /** Whether the form around this component was just submitted and refused. */
    public boolean form(UIComponent inside) {
        if (!refusedPostback()) {
            return false;
        }
        for (UIComponent parent = inside; parent != null; parent = parent.getParent()) {
            if (parent instanceof UIForm form) {
                return form.isSubmitted();
            }
        }
        return false;
    }

    /** The index of the tab holding the refused form, else {@code chosen}. */
    public int tab(UIComponent tabView, int chosen) {
        if (tabView == null || !refusedPostback()) {
            return chosen;
        }
        List<UIComponent> tabs = new ArrayList<>();
        for (UIComponent child : tabView.getChildren()) {
            if (child instanceof Tab) {
                tabs.add(child);
            }
        }
        for (int i = 0; i < tabs.size(); i++) {
            if (holdsSubmittedForm(tabs.get(i))) {
                return i;
            }
        }
        return chosen;
    }

    private static boolean refusedPostback() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.isPostback() && context.isValidationFailed();
    }

    private static boolean holdsSubmittedForm(UIComponent component) {
        if (component instanceof UIForm form && form.isSubmitted()) {
            return true;
        }
        for (UIComponent child : component.getChildren()) {
            if (holdsSubmittedForm(child)) {
                return true;
            }
        }
        return false;
    }
}
