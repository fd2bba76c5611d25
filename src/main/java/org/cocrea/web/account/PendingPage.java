package org.cocrea.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cocrea.evaluation.Moment;
import org.cocrea.pending.PendingItem;
import org.cocrea.pending.PendingKind;
import org.cocrea.pending.PendingService;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.Role;
import org.cocrea.web.stl.WorkSessionPage;

/**
 * /account/pending ("Pendientes"): what waits for the signed-in person, by kind, each a link to the
 * exact place where it is done; its count is the menu's badge.
 */
@Named("pendingPage")
@RequestScoped
public class PendingPage {

    @Inject
    private PendingService pending;

    @Inject
    private CurrentCaller currentCaller;

    private List<PendingItem> items;
    private Map<PendingKind, List<PendingItem>> byKind;
    private boolean responsibleActor;

    @PostConstruct
    void load() {
        items = pending.mine();
        byKind = items.stream().collect(Collectors.groupingBy(PendingItem::kind, () -> new EnumMap<>(PendingKind.class), Collectors.toList()));
        responsibleActor = currentCaller.get().role() == Role.RESPONSIBLE_ACTOR;
    }

    /**
     * Where an item is done, from the application's root; null where the caller has no page for it
     * (an agreement its organization owns is marked done by the secretariat).
     */
    public String linkOf(PendingItem item) {
        return switch (item.kind()) {
            case DRAFT_TO_REVIEW, CHANGES_REQUESTED -> "/stl/commitment?id=" + item.recordId();
            case SIGNATURE -> responsibleActor ? "/actor/milestones#signoffTitle" : "/stl/milestone?id=" + item.recordId();
            case REPORT_OVERDUE, REPORT_DUE -> "/actor/report?milestone=" + item.recordId();
            case AGREEMENT_DUE -> "/stl/session?id=" + item.parentId() + "&tab=" + WorkSessionPage.AGREEMENTS;
            case AGREEMENT_OWNED -> null;
            case ASSESSMENT_DESIGN -> "/evaluation/assess?commitment=" + item.recordId() + "&moment=" + Moment.DESIGN;
            case ASSESSMENT_RESULTS -> "/evaluation/assess?commitment=" + item.recordId() + "&moment=" + Moment.RESULTS;
            case RECONCILE_DESIGN -> "/evaluation/reconcile?commitment=" + item.recordId() + "&moment=" + Moment.DESIGN;
            case RECONCILE_RESULTS -> "/evaluation/reconcile?commitment=" + item.recordId() + "&moment=" + Moment.RESULTS;
            case REPLY_DUE -> "/actor/reply?commitment=" + item.recordId();
            case COMMENT_TO_MODERATE -> "/stl/comments#comment-" + item.recordId();
            case QUESTION_TO_ANSWER -> (responsibleActor ? "/actor/comments" : "/stl/comments") + "#comment-" + item.recordId();
        };
    }

    public List<PendingKind> getKinds() { return List.copyOf(byKind.keySet()); }
    public List<PendingItem> itemsOf(PendingKind kind) { return byKind.getOrDefault(kind, List.of()); }
    public int getCount() { return items.size(); }
}
