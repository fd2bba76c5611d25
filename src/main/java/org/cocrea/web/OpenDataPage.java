package org.cocrea.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.opendata.DataDictionary;
import org.cocrea.opendata.OpenDataExport;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.PlanService;
import org.cocrea.state.State;

/**
 * /opendata: the downloads (the whole installation, each state with a published plan, each published
 * plan; CSV, XLSX, JSON), the licence, the data dictionary as {@code dictionary.json} says it, and
 * links to the JSON Schema and the API. Anybody reads it; one query (the published plans).
 */
@Named
@RequestScoped
public class OpenDataPage {

    /** A state with its published plans, as the downloads list them. */
    public record StateDownloads(State state, List<ActionPlan> plans) {
    }

    @Inject
    private PlanService plans;

    @Inject
    private OpenDataExport export;

    private List<StateDownloads> states = List.of();

    public void load() {
        Map<Long, StateDownloads> byState = new LinkedHashMap<>();
        for (ActionPlan plan : plans.allPublished()) {
            byState.computeIfAbsent(plan.getState().getId(), id -> new StateDownloads(plan.getState(), new ArrayList<>()))
                    .plans().add(plan);
        }
        states = List.copyOf(byState.values());
    }

    public List<StateDownloads> getStates() {
        return states;
    }

    public List<DataDictionary.Table> getTables() {
        return DataDictionary.get().tables();
    }

    /** The formats as the download address names them. */
    public List<String> getFormats() {
        return List.of("csv", "xlsx", "json");
    }

    public String getLicence() {
        return export.licence();
    }

    public String getLicenceUrl() {
        return export.licenceUrl();
    }

    public String getSchemaPath() {
        return OpenDataExport.SCHEMA_PATH;
    }
}
