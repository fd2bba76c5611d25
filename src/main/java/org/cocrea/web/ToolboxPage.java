package org.cocrea.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.attachment.Attachment;
import org.cocrea.plan.Phase;
import org.cocrea.toolbox.MaterialKind;
import org.cocrea.toolbox.MaterialLanguage;
import org.cocrea.toolbox.ToolboxMaterial;
import org.cocrea.toolbox.ToolboxService;
import org.cocrea.toolbox.ToolboxService.Filter;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * /toolbox: the library of methodological materials. Anybody reads the shared ones; accounts of a
 * state also read their state's own. The administrator adds shared materials, a secretariat its
 * state's (the service decides which).
 */
@Named("toolboxPage")
@ViewScoped
public class ToolboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ToolboxService toolbox;

    private Phase phase;
    private MaterialLanguage language;
    private MaterialKind kind;
    private boolean mayAdd;
    private final Materials materials = new Materials();

    private ToolboxMaterial form = ToolboxMaterial.blank();
    private final FileInputs attach = new FileInputs();

    @PostConstruct
    void init() {
        mayAdd = toolbox.mayAdd();
    }

    /** Applies the filters: the table starts again at its first page. */
    public void search() {
        var table = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().findComponent("list:materials");
        if (table instanceof org.primefaces.component.datatable.DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public String clear() {
        return "/toolbox?faces-redirect=true";
    }

    public String add() {
        toolbox.add(form, attach.optionalFile(), attach.getLink());
        Messages.saved("toolbox.added");
        return "/toolbox?faces-redirect=true";
    }

    /** The materials a page at a time, with their files and links read in one query per page. */
    public class Materials extends LazyDataModel<ToolboxMaterial> {

        private static final long serialVersionUID = 1L;
        private Map<Long, List<Attachment>> attachments = new HashMap<>();

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) toolbox.countVisible(filter());
        }

        @Override
        public List<ToolboxMaterial> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            List<ToolboxMaterial> page = toolbox.visible(filter(), first, pageSize);
            attachments = toolbox.attachmentsOf(page);
            return page;
        }

        @Override
        public String getRowKey(ToolboxMaterial material) {
            return String.valueOf(material.getId());
        }

        public List<Attachment> of(ToolboxMaterial material) {
            return attachments.getOrDefault(material.getId(), List.of());
        }
    }

    private Filter filter() {
        return new Filter(phase, language, kind);
    }

    public Materials getMaterials() { return materials; }
    public boolean isMayAdd() { return mayAdd; }
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
