package org.cocrea.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cocrea.mail.Delivery;
import org.cocrea.mail.MailKind;
import org.cocrea.mail.MailPreferences;
import org.cocrea.web.Messages;

/** /account/mail: whoever is signed in chooses, per kind of mail, at once, in a daily digest or never. */
@Named("accountMailPage")
@RequestScoped
public class MailPage {

    @Inject
    private MailPreferences preferences;

    /** The choice per kind as the selects post it (a name of {@link Delivery}; Faces refuses any other). */
    private final Map<MailKind, String> choices = new EnumMap<>(MailKind.class);

    @PostConstruct
    void load() {
        preferences.mine().forEach((kind, delivery) -> choices.put(kind, delivery.name()));
    }

    public String save() {
        Map<MailKind, Delivery> chosen = new EnumMap<>(MailKind.class);
        choices.forEach((kind, name) -> chosen.put(kind, Delivery.valueOf(name)));
        preferences.choose(chosen);
        Messages.saved("mail.preferences.saved");
        return "/account/mail?faces-redirect=true";
    }

    public List<MailKind> getKinds() { return MailPreferences.choosable(); }
    public Delivery[] getDeliveries() { return Delivery.values(); }
    public Map<MailKind, String> getChoices() { return choices; }
}
