package org.cocrea.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * The ledger of daily reminders ({@code mail_reminder}): a reminder of a kind about a record is
 * written at most once per day, whatever the number of ticks or instances.
 */
@ApplicationScoped
public class Reminders {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    /**
     * Records that the reminder of {@code kind} about record {@code subjectId} is written on {@code day}
     * (the record's state's day); true only the first time, so the caller enqueues it then. Atomic across
     * instances: the row's primary key decides.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstToday(MailKind kind, long subjectId, LocalDate day) {
        return em.createNativeQuery("INSERT IGNORE INTO mail_reminder (kind, subject_id, account_id, day) VALUES (?, ?, 0, ?)")
                .setParameter(1, kind.name())
                .setParameter(2, subjectId)
                .setParameter(3, java.sql.Date.valueOf(day))
                .executeUpdate() == 1;
    }
}
