package org.cocrea.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.regex.Pattern;
import org.primefaces.component.inputnumber.InputNumberRenderer;

/**
 * Every {@code p:inputNumber} of Cocrea (budget amounts, a milestone's weight, a report's percent):
 * the number travels in a hidden input, which a hostile client can fill with anything. PrimeFaces
 * fails on what is not a plain decimal with an exception (a server error); here such a value is a
 * conversion error of the input: a message beside the field, the page shown again, nothing saved.
 * Registered for the component in faces-config.xml, so no page has to ask for it.
 */
public class NumberInputRenderer extends InputNumberRenderer {

    /** A plain decimal as the browser widget sends it: an optional sign, digits, an optional fraction. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d{1,20}(\\.\\d{1,20})?");

    @Override
    public void decode(FacesContext context, UIComponent component) {
        String submitted = context.getExternalContext().getRequestParameterMap().get(component.getClientId(context) + "_hinput");
        if (submitted == null || submitted.isBlank() || PLAIN_DECIMAL.matcher(submitted).matches()) {
            super.decode(context, component);
            return;
        }
        ((UIInput) component).setValid(false);
        context.addMessage(component.getClientId(context),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text("input.number.invalid"), null));
        context.validationFailed();
    }
}
