package org.cocrea.mail;

import java.time.Instant;

/**
 * A CDI event, fired by {@link DailyReminders} every {@code cocrea.mail.reminders.period}: features
 * write the day's reminders of their records (due in 15 days, overdue) for the day {@code now} falls
 * on in each record's state zone, once per day ({@link Reminders#firstToday}).
 */
public record ReminderTick(Instant now) {
}
