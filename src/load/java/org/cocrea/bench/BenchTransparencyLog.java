package org.cocrea.bench;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.transaction.Transactional;
import org.cocrea.transparency.LogEntry;
import org.cocrea.transparency.Loggable;
import org.cocrea.transparency.TransparencyLog;

/**
 * Issue 16's comparison only: the transparency log whose appending {@link LoadTestIT} can switch off
 * for a run ({@link TransparencySwitchServlet}), to measure what appending costs report submission.
 * It exists only in the load test's deployment (src/load/java, profile {@code -Pload}): the WAR that
 * is built and shipped has no such switch, so production always appends. Appending is on unless a
 * comparison run switched it off; the services ignore what {@code append} returns.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class BenchTransparencyLog extends TransparencyLog {

    private volatile boolean appending = true;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public LogEntry append(Loggable record) {
        return appending ? super.append(record) : null;
    }

    void appending(boolean on) {
        appending = on;
    }

    boolean isAppending() {
        return appending;
    }
}
