package org.cocrea.transparency;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cocrea.shared.persistence.ClusterLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the self-audit ({@link LogAuditor}) every {@code cocrea.transparency.audit.period}
 * (ISO-8601 duration, default {@code PT6H}; {@code PT0S} switches it off), first one period after
 * start-up. A non-persistent timer on every instance, but one audit per period across a cluster (issue
 * 12): the run holds the database lock {@value #LOCK} ({@link ClusterLock}), and an instance whose turn
 * comes less than half a period after the latest audit (another instance's) skips it.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class SelfAudit {

    private static final Logger LOG = Logger.getLogger(SelfAudit.class.getName());

    static final String LOCK = "cocrea.transparency.audit";

    @Resource
    private TimerService timers;

    @Inject
    private LogAuditor auditor;

    @Inject
    private ClusterLock lock;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "cocrea.transparency.audit.period", defaultValue = "PT6H")
    private String period;

    @PostConstruct
    void schedule() {
        long millis = Duration.parse(period).toMillis();
        if (millis > 0) {
            timers.createIntervalTimer(millis, millis, new TimerConfig("transparency self-audit", false));
        }
    }

    @Timeout
    void audit() {
        try {
            lock.runAlone(LOCK, this::due, auditor::run);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the transparency self-audit could not run", e);
        }
    }

    /** No audit (by any instance) in the last half period. */
    private boolean due() {
        AuditRun latest = auditor.latest();
        return isDue(latest == null ? null : latest.getRanAt(), clock.instant(), Duration.parse(period));
    }

    static boolean isDue(Instant latest, Instant now, Duration period) {
        return latest == null || !latest.isAfter(now.minus(period.dividedBy(2)));
    }
}
