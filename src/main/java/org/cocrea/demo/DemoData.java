package org.cocrea.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cocrea.account.Account;
import org.cocrea.account.AccountService;
import org.cocrea.audit.AuditTrail;
import org.cocrea.audit.Auditable;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.file.CheckedUpload;
import org.cocrea.file.Upload;
import org.cocrea.file.UploadPolicy;
import org.cocrea.state.State;
import org.cocrea.transparency.Loggable;
import org.cocrea.transparency.TransparencyLog;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Loads the demo (five states with their secretariats, actors, accounts and plans; see
 * {@link DemoStates}) at start-up when MicroProfile Config has {@code cocrea.demo=true} and the
 * database holds no state yet. Never into a database that already holds data.
 *
 * <p>One transaction (bean-managed, so a failure can be rolled back and logged without failing
 * the deployment): either all of the demo is there, or none of it. Nobody is signed in at
 * start-up, so the content is written through the entities' own rules (see {@link DemoBuilder})
 * rather than through the services that check the caller; the audit trail records it as "demo".
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigration", "AdminBootstrap"})
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** Hashing 26 passwords alone takes several seconds. */
    private static final int TIMEOUT_SECONDS = 600;

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditTrail audit;

    @Inject
    private UploadPolicy uploadPolicy;

    @Inject
    private Clock clock;

    @Inject
    private TransparencyLog transparency;

    @Inject
    private CommitmentService commitments;

    @Inject
    private org.cocrea.follow.FollowService follows;

    @Inject
    private org.cocrea.follow.CommentService comments;

    @Inject
    private org.cocrea.milestone.MilestoneMail milestoneMail;

    @Inject
    private org.cocrea.shared.CurrentCaller currentCaller;

    @Inject
    private org.cocrea.systematization.ReportService reports;

    @Inject
    private org.cocrea.social.IdentityCipher identityCipher;

    @PostConstruct
    void load() {
        if (!ConfigProvider.getConfig().getOptionalValue("cocrea.demo", Boolean.class).orElse(false)) {
            return;
        }
        long t0 = System.nanoTime();
        try {
            tx.setTransactionTimeout(TIMEOUT_SECONDS);
            tx.begin();
            // empty means: no state, and no account but the administrator created at this very start
            String bootstrapAdmin = ConfigProvider.getConfig().getOptionalValue("cocrea.admin.username", String.class).orElse("");
            long states = em.createQuery("select count(s) from State s", Long.class).getSingleResult();
            long accounts = em.createQuery("select count(a) from Account a where a.username <> :admin", Long.class)
                    .setParameter("admin", bootstrapAdmin)
                    .getSingleResult();
            if (states > 0 || accounts > 0) {
                tx.rollback();
                LOG.info(() -> "cocrea.demo=true but the database already holds " + states + " state(s) and " + accounts
                        + " account(s): demo data NOT loaded (it only goes into an empty database)");
                return;
            }
            DemoBuilder.Summary summary = new DemoBuilder(new PersistingSink(), clock).build(DemoStates.all());
            tx.commit();
            LOG.info(() -> String.format("Demo data loaded in %.1f s: %s.%n%s", (System.nanoTime() - t0) / 1e9,
                    summary, DemoAccounts.describe()));
        } catch (Exception | LinkageError e) {
            rollbackQuietly();
            LOG.log(Level.SEVERE, "Demo data NOT loaded: the transaction was rolled back and the database left as it was. Cause: "
                    + e, e);
        }
    }

    private void rollbackQuietly() {
        try {
            if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Rolling back the demo data failed", e);
        }
    }

    /** Writes through the EntityManager in the demo transaction; accounts through AccountService.createTrusted. */
    private final class PersistingSink implements DemoBuilder.Sink {

        @Override
        public void persist(Object entity) {
            em.persist(entity);
            if (entity instanceof State || entity instanceof org.cocrea.actor.Actor
                    || entity instanceof org.cocrea.priority.Priority || entity instanceof org.cocrea.worksession.WorkSession
                    || entity instanceof org.cocrea.toolbox.ToolboxMaterial || entity instanceof org.cocrea.file.FileContent
                    || entity instanceof org.cocrea.follow.Follower || entity instanceof org.cocrea.toolbox.ToolboxUse) {
                em.flush(); // later records compare these by id, or attach files to them (or their bytes) by id; a follower's
                            // confirmation link carries its id
            }
        }

        @Override
        public void createAccount(Account account) {
            accounts.createTrusted(account, DemoAccounts.PASSWORD);
        }

        @Override
        public boolean usernameTaken(String username) {
            return accounts.usernameTaken(username);
        }

        @Override
        public CheckedUpload check(Upload upload) {
            return uploadPolicy.check(upload);
        }

        @Override
        public Account existingAccount(String username) {
            return em.createQuery("select a from Account a where a.username = :u", Account.class)
                    .setParameter("u", username)
                    .getSingleResult();
        }

        /** Through ReportService, as the secretariat member (nobody is signed in at start-up), then nobody again. */
        @Override
        public void publishReport(org.cocrea.plan.ActionPlan plan, String secretariat, String foreword, String conclusions) {
            em.flush();
            currentCaller.assume(secretariat);
            try {
                reports.writeTexts(plan.getId(), foreword, conclusions);
                reports.publishDrawnNow(plan.getId(), java.util.Locale.forLanguageTag("es-MX"));
            } finally {
                currentCaller.assume(null);
            }
        }

        @Override
        public void audit(String action, Auditable subject, Map<String, Object> before) {
            audit.record(DemoBuilder.AUDIT_USER, action, subject, before);
        }

        @Override
        public java.util.List<org.cocrea.social.ProgramCondition> programConditions() {
            return em.createQuery("select c from ProgramCondition c where c.active = true order by c.position, c.id",
                    org.cocrea.social.ProgramCondition.class).getResultList();
        }

        @Override
        public org.cocrea.social.IdentityCipher identityCipher() {
            return identityCipher;
        }

        @Override
        public void log(Loggable record) {
            transparency.append(record);
        }

        @Override
        public void logPublication(Commitment commitment, Instant publishedAt) {
            commitments.logPublication(commitment.getId(), commitment.getPublishedVersion(), publishedAt);
        }

        /** The senders the services use, in the demo's transaction: nobody is signed in, as for the public. */
        @Override
        public void mail(DemoMail event) {
            em.flush(); // the senders read what the demo wrote (the followers, the public commitment) by query
            if (event instanceof DemoMail.FollowRequested e) {
                follows.askToConfirm(e.follower());
            } else if (event instanceof DemoMail.CommentAnswered e) {
                comments.tellAnswered(e.comment());
            } else if (event instanceof DemoMail.Declined e) {
                milestoneMail.declined(e.milestone(), e.decline());
            } else if (event instanceof DemoMail.StatusChanged e) {
                milestoneMail.statusChanged(e.milestone());
                if (e.milestone().getStatus() == org.cocrea.milestone.MilestoneStatus.COMPLETE) {
                    milestoneMail.waitingForSignOff(e.milestone());
                }
            }
        }
    }
}
