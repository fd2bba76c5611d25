package org.cocrea.toolbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.cocrea.account.Account;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.attachment.Attachment;
import org.cocrea.attachment.AttachmentOwner;
import org.cocrea.attachment.AttachmentStore;
import org.cocrea.audit.AuditTrail;
import org.cocrea.file.Upload;
import org.cocrea.plan.Phase;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.state.State;

/**
 * The toolbox: methodological materials shared by all states (added by the platform
 * administrator, public) and each state's own (added by its secretariat, for its accounts).
 */
@ApplicationScoped
@Transactional
public class ToolboxService {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private AttachmentStore attachments;

    /** What the list is narrowed to; a null part means any. */
    public record Filter(Phase phase, MaterialLanguage language, MaterialKind kind) {

        public static final Filter NONE = new Filter(null, null, null);
    }

    /**
     * Adds a material with its file and/or link, in one transaction: a refused file or link leaves
     * nothing. The caller decides where it goes (administrator: shared; secretariat: its state).
     */
    public ToolboxMaterial add(ToolboxMaterial form, Upload file, String link) {
        Caller caller = currentCaller.get();
        State home = ToolboxMaterial.homeFor(caller, id -> em.find(State.class, id));
        boolean hasFile = file != null && file.bytes() != null && file.bytes().length > 0;
        boolean hasLink = link != null && !link.isBlank();
        if (!hasFile && !hasLink) {
            throw DomainException.onField("file", "toolbox.fileOrLink.required");
        }
        form.placeIn(home, em.find(Account.class, caller.accountId()));
        em.persist(form);
        audit.record(caller.username(), "CREATE", form, null);
        if (hasFile) {
            attachments.addFile(form, file, caller);
        }
        if (hasLink) {
            attachments.addLink(form, link, caller);
        }
        return form;
    }

    /** The materials the caller may see, newest first, a page at a time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ToolboxMaterial> visible(Filter filter, int first, int max) {
        return query("select m from ToolboxMaterial m left join fetch m.state", filter, " order by m.createdAt desc, m.id desc",
                ToolboxMaterial.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countVisible(Filter filter) {
        return query("select count(m) from ToolboxMaterial m", filter, "", Long.class).getSingleResult();
    }

    /** One material, if the caller may see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ToolboxMaterial material(long id) {
        ToolboxMaterial material = em.find(ToolboxMaterial.class, id);
        if (material == null || !material.isVisibleTo(currentCaller.get())) {
            throw new NotFoundException();
        }
        return material;
    }

    /** The files and links of the given materials (which the caller got from {@link #visible}), in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, List<Attachment>> attachmentsOf(Collection<ToolboxMaterial> materials) {
        Caller caller = currentCaller.get();
        List<Long> ids = materials.stream().filter(m -> m.isVisibleTo(caller)).map(ToolboxMaterial::getId).toList();
        return attachments.ofAll(AttachmentOwner.TOOLBOX, ids);
    }

    /** Whether the caller may add materials (and the page should show the form). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayAdd() {
        Caller caller = currentCaller.get();
        return caller.isAdmin() || (caller.stateId() != null && caller.runsSecretariatOf(caller.stateId()));
    }

    private <T> TypedQuery<T> query(String select, Filter filter, String order, Class<T> type) {
        Caller caller = currentCaller.get();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (!caller.isAdmin()) {
            where.append(caller.stateId() == null || caller.isAnonymous() ? " and m.stateId is null"
                    : " and (m.stateId is null or m.stateId = :myState)");
        }
        if (filter.phase() != null) {
            where.append(" and m.phase = :phase");
        }
        if (filter.language() != null) {
            where.append(" and m.language = :language");
        }
        if (filter.kind() != null) {
            where.append(" and m.kind = :kind");
        }
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        if (!caller.isAdmin() && caller.stateId() != null && !caller.isAnonymous()) {
            query.setParameter("myState", caller.stateId());
        }
        if (filter.phase() != null) {
            query.setParameter("phase", filter.phase());
        }
        if (filter.language() != null) {
            query.setParameter("language", filter.language());
        }
        if (filter.kind() != null) {
            query.setParameter("kind", filter.kind());
        }
        return query;
    }
}
