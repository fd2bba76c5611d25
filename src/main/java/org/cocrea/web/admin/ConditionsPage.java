package org.cocrea.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cocrea.social.ConditionService;
import org.cocrea.social.IdentityRekeying;
import org.cocrea.social.ProgramCondition;
import org.cocrea.web.Messages;

/**
 * /admin/conditions: the administrator keeps the list of institutional conditions every social program is
 * checked against, and re-seals complainants' identities after a key rotation (docs/operations.md).
 */
@Named("adminConditionsPage")
@RequestScoped
public class ConditionsPage {

    @Inject
    private ConditionService conditions;

    @Inject
    private IdentityRekeying rekeying;

    private List<ProgramCondition> list;
    private IdentityRekeying.Status keyStatus;
    private String nameEs;
    private String nameEn;
    private Long conditionId;

    @PostConstruct
    void load() {
        list = conditions.all();
        keyStatus = rekeying.status();
    }

    /** Seals every complainant's identity still under an earlier key with the current one. */
    public String rekey() {
        Messages.saved("complaints.rekey.done", rekeying.rekeyAll());
        return reload();
    }

    public String add() {
        conditions.add(nameEs, nameEn);
        Messages.saved("conditions.added");
        return reload();
    }

    /** Renames the condition chosen in the form; both names are required. */
    public String rename() {
        ProgramCondition chosen = list.stream().filter(c -> c.getId().equals(conditionId)).findFirst().orElse(null);
        conditions.rename(conditionId, chosen == null ? -1 : chosen.getVersion(), nameEs, nameEn);
        Messages.saved("common.saved");
        return reload();
    }

    public String setActive(long id, boolean active) {
        conditions.setActive(id, active);
        Messages.saved(active ? "conditions.restored" : "conditions.retired.saved");
        return reload();
    }

    private static String reload() {
        return "/admin/conditions?faces-redirect=true";
    }

    public List<ProgramCondition> getConditions() { return list; }
    public IdentityRekeying.Status getKeyStatus() { return keyStatus; }
    public String getNameEs() { return nameEs; }
    public void setNameEs(String v) { this.nameEs = v; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String v) { this.nameEn = v; }
    public Long getConditionId() { return conditionId; }
    public void setConditionId(Long v) { this.conditionId = v; }
}
