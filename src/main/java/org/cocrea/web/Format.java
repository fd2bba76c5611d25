package org.cocrea.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates, numbers and money as people in Mexico write them (es-MX), whatever the language of the
 * interface: "$1,234,567.89", "21/11/2026", "21/11/2026 14:05".
 */
@Named("fmt")
@ApplicationScoped
public class Format {

    public static final Locale MEXICO = Locale.forLanguageTag("es-MX");
    public static final ZoneId ZONE = org.cocrea.shared.Dates.ZONE;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", MEXICO);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", MEXICO);

    /** Today in Mexico City, e.g. the latest date a report may carry. */
    public LocalDate today() {
        return org.cocrea.shared.Dates.today();
    }

    public String money(BigDecimal amount) {
        return amount == null ? "—" : NumberFormat.getCurrencyInstance(MEXICO).format(amount);
    }

    public String number(Number value) {
        return value == null ? "—" : NumberFormat.getNumberInstance(MEXICO).format(value);
    }

    public String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "—" : DATE_TIME.format(instant.atZone(ZONE));
    }

    /** "1.2 MB", "340 KB": sizes of files. */
    public String bytes(Long size) {
        if (size == null) {
            return "—";
        }
        if (size < 1024) {
            return size + " B";
        }
        NumberFormat format = NumberFormat.getNumberInstance(MEXICO);
        format.setMaximumFractionDigits(1);
        return size < 1024 * 1024 ? format.format(size / 1024.0) + " KB" : format.format(size / (1024.0 * 1024)) + " MB";
    }
}
