package org.cocrea.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.cocrea.shared.CleanText;

/**
 * Every text input of every form (Faces applies a converter for String to all of them): null bytes
 * and other control characters are stripped on the way in (line breaks and tabs stay), so no
 * record ever stores them.
 */
@FacesConverter(forClass = String.class)
public class TextInputConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        return CleanText.typed(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
