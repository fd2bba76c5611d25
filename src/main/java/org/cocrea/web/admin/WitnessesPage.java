package org.cocrea.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cocrea.transparency.Witness;
import org.cocrea.transparency.WitnessDelivery;
import org.cocrea.transparency.Witnesses;
import org.cocrea.web.Messages;

/**
 * /admin/witnesses: the platform administrator registers who receives every new signed head of
 * the transparency log (a URL, an e-mail address kept for the coming mail outbox), stops them,
 * and sees the latest deliveries with their attempts.
 */
@Named("adminWitnessesPage")
@RequestScoped
public class WitnessesPage {

    static final int DELIVERIES_SHOWN = 30;

    @Inject
    private Witnesses witnesses;

    private List<Witness> list;
    private List<WitnessDelivery> deliveries;
    private String url;
    private String email;

    @PostConstruct
    void load() {
        list = witnesses.all();
        deliveries = witnesses.deliveries(DELIVERIES_SHOWN);
    }

    public String register() {
        witnesses.register(url, email);
        Messages.saved("transparency.witness.added");
        return "/admin/witnesses?faces-redirect=true";
    }

    public String stop(long witnessId) {
        witnesses.stop(witnessId);
        return "/admin/witnesses?faces-redirect=true";
    }

    public List<Witness> getWitnesses() { return list; }
    public List<WitnessDelivery> getDeliveries() { return deliveries; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
