package org.cocrea.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.cocrea.shared.Dates;
import org.cocrea.shared.CurrentCaller;

/**
 * Dates, numbers and money as people in Mexico write them (es-MX), whatever the language of the
 * interface: "$1,234,567.89", "21/11/2026", "21/11/2026 14:05 CST". A time is shown in the zone of
 * the reader's state (the platform's default zone for the public), and the zone is named.
 */
@Named("fmt")
@ApplicationScoped
public class Format {

    public static final Locale MEXICO = Locale.forLanguageTag("es-MX");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", MEXICO);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm zzz", MEXICO);

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Clock clock;

    /** The zones a state may have, for the administrator's list. */
    public List<ZoneId> getZones() {
        return Dates.ZONES;
    }

    /** "hora del Pacífico de México · America/Hermosillo · UTC-07:00", in the reader's language. */
    public String zoneName(ZoneId zone) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : MEXICO;
        return zone.getDisplayName(TextStyle.FULL, locale) + " · " + zone.getId()
                + " · UTC" + zone.getRules().getOffset(clock.instant()).getId().replace("Z", "");
    }

    public String money(BigDecimal amount) {
        return amount == null ? "—" : NumberFormat.getCurrencyInstance(MEXICO).format(amount);
    }

    /** An amount, or "no registrado" (in the reader's language) where nobody recorded it: never $0.00 for nothing. */
    public String recordedMoney(BigDecimal amount) {
        return amount == null ? Messages.text("money.notRecorded") : money(amount);
    }

    public String number(Number value) {
        return value == null ? "—" : NumberFormat.getNumberInstance(MEXICO).format(value);
    }

    public String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "—" : dateTime(instant, currentCaller.get().zone());
    }

    public static String dateTime(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone));
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

    /** A bundle text with its arguments (a key a service gave, e.g. a background job's failure). */
    public String message(String key, Object[] arguments) {
        return Messages.text(key, arguments == null ? new Object[0] : arguments);
    }
}
