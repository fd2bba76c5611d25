package org.cocrea.pending;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;

/**
 * Everything that waits for the caller ("Pendientes"), gathered from every {@link PendingSource}:
 * by kind, then overdue first, then by due date. The public has nothing pending.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PendingService {

    private static final Comparator<PendingItem> ORDER = Comparator.comparing(PendingItem::kind)
            .thenComparing(i -> !i.overdue())
            .thenComparing(PendingItem::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PendingItem::recordId);

    @Inject
    @Any
    private Instance<PendingSource> sources;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Clock clock;

    public List<PendingItem> mine() {
        Caller caller = currentCaller.get();
        if (caller.isAnonymous() || caller.stateId() == null) {
            return List.of();
        }
        List<PendingItem> items = new ArrayList<>();
        for (PendingSource source : sources) {
            items.addAll(source.pendingFor(caller, caller.today(clock)));
        }
        items.sort(ORDER);
        return items;
    }
}
