package org.cocrea.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.cocrea.attachment.Attachment;
import org.cocrea.plan.Phase;
import org.cocrea.toolbox.MaterialKind;
import org.cocrea.toolbox.MaterialLanguage;
import org.cocrea.toolbox.ToolboxMaterial;
import org.cocrea.toolbox.ToolboxService;
import org.cocrea.toolbox.ToolboxService.Filter;
import org.cocrea.toolbox.ToolboxUseService;
import org.cocrea.toolbox.ToolboxUseService.PublicUse;

/**
 * /toolbox: the library of methodological materials. Anybody reads the shared ones; accounts of a
 * state also read their state's own. The administrator adds shared materials, a secretariat its
 * state's (the service decides which). Filters and pages are plain GET parameters
 * ({@code ?phase=&language=&kind=&page=}), so an anonymous view is a public page like the others
 * (issue 12): stateless, no HTTP session, served from the rendered-page cache ({@link PublicPages}).
 * Only the form that adds a material posts back, and only signed-in people see it. Each material
 * shows where it was used (uses of published plans, fetched for the whole page in one query); a
 * secretariat member gets a link to record its own use in its state's newest plan.
 */
@Named("toolboxPage")
@RequestScoped
public class ToolboxPage {

    /** Materials per page. */
    static final int ROWS = 20;

    @Inject
    private ToolboxService toolbox;

    @Inject
    private ToolboxUseService toolboxUses;

    private Phase phase;
    private MaterialLanguage language;
    private MaterialKind kind;
    private int page = 1;
    private long total;
    private List<ToolboxMaterial> materials = List.of();
    private Map<Long, List<Attachment>> attachments = Map.of();
    private Map<Long, List<PublicUse>> uses = Map.of();
    private boolean mayAdd;
    private Long recordInPlan;

    private final ToolboxMaterial form = ToolboxMaterial.blank();
    private final FileInputs attach = new FileInputs();

    /** Whether the add form shows: known before a post is decoded, which the form's {@code rendered} needs. */
    @PostConstruct
    void init() {
        mayAdd = toolbox.mayAdd();
        recordInPlan = toolboxUses.planToRecordIn();
    }

    /** The page of materials the parameters ask for; a page past the last shows the last. */
    public void load() {
        Filter filter = new Filter(phase, language, kind);
        total = toolbox.countVisible(filter);
        page = Math.max(1, Math.min(page, getPages()));
        materials = toolbox.visible(filter, (page - 1) * ROWS, ROWS);
        attachments = toolbox.attachmentsOf(materials);
        uses = toolboxUses.publicUsesOf(materials);
    }

    public String add() {
        toolbox.add(form, attach.optionalFile(), attach.getLink());
        Messages.saved("toolbox.added");
        return "/toolbox?faces-redirect=true";
    }

    public List<Attachment> attachmentsOf(ToolboxMaterial material) {
        return attachments.getOrDefault(material.getId(), List.of());
    }

    /** Where the material was used: published plans, by state. */
    public List<PublicUse> usesOf(ToolboxMaterial material) {
        return uses.getOrDefault(material.getId(), List.of());
    }

    /** The secretariat's newest plan, where the "record its use" links lead; null for anybody else. */
    public Long getRecordInPlan() { return recordInPlan; }

    /** How many pages the filtered materials fill (at least one, shown empty). */
    public int getPages() {
        return (int) Math.max(1, (total + ROWS - 1) / ROWS);
    }

    public boolean isMayAdd() { return mayAdd; }

    public List<ToolboxMaterial> getMaterials() { return materials; }
    public long getTotal() { return total; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
    public Phase getPhase() { return phase; }
    public void setPhase(Phase phase) { this.phase = phase; }
    public MaterialLanguage getLanguage() { return language; }
    public void setLanguage(MaterialLanguage language) { this.language = language; }
    public MaterialKind getKind() { return kind; }
    public void setKind(MaterialKind kind) { this.kind = kind; }
    public ToolboxMaterial getForm() { return form; }
    /** The new material's file and link inputs. */
    public FileInputs getAttach() { return attach; }
    public Phase[] getPhases() { return Phase.values(); }
    public MaterialLanguage[] getLanguages() { return MaterialLanguage.values(); }
    public MaterialKind[] getKinds() { return MaterialKind.values(); }
}
