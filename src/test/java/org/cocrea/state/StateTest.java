package org.cocrea.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.cocrea.shared.Dates;
import org.cocrea.shared.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StateTest {

    @Test
    void aNewStateKeepsMexicoCitysTime() {
        assertEquals(ZoneId.of("America/Mexico_City"), new State("VER", "Veracruz", "STL").zone());
        assertEquals(Dates.DEFAULT_ZONE, State.blank().zone());
    }

    /** One instant, four states: "today" is the state's own, never the server's (the clock is in UTC+14). */
    @ParameterizedTest
    @CsvSource({
            "America/Mexico_City, 2026-12-01",   // 18:30 on the 1st
            "America/Hermosillo,  2026-12-01",   // 17:30
            "America/Tijuana,     2026-12-01",   // 16:30
            "America/Cancun,      2026-12-01",   // 19:30
    })
    void todayIsTheStatesDay(String zone, LocalDate expected) {
        Clock kiritimati = Clock.fixed(Instant.parse("2026-12-02T00:30:00Z"), ZoneOffset.ofHours(14));
        State state = new State("X", "X", "X");
        state.changeZone(zone);
        assertEquals(expected, state.today(kiritimati));
        assertThat(state.today(kiritimati)).isBefore(LocalDate.now(kiritimati));
    }

    @Test
    void anHourApartTheStatesLiveOnDifferentDays() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-02T05:30:00Z"), ZoneOffset.UTC);
        State cancun = new State("QROO", "Quintana Roo", "STL");
        cancun.changeZone("America/Cancun");
        State sonora = new State("SON", "Sonora", "STL");
        sonora.changeZone("America/Hermosillo");
        assertEquals(LocalDate.of(2026, 12, 2), cancun.today(clock));    // 00:30
        assertEquals(LocalDate.of(2026, 12, 1), sonora.today(clock));    // 22:30
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Madrid", "UTC", "America/Mexico_City'; drop table state; --", "", "hora del centro"})
    void onlyMexicanZonesAreAccepted(String zone) {
        State state = new State("X", "X", "X");
        DomainException refusal = assertThrows(DomainException.class, () -> state.changeZone(zone));
        assertEquals("state.timeZone.unknown", refusal.messageKey());
        assertEquals("timeZone", refusal.field());
        assertEquals(Dates.DEFAULT_ZONE, state.zone());
    }

    @Test
    void aNullZoneIsRefusedToo() {
        assertThrows(DomainException.class, () -> new State("X", "X", "X").changeZone(null));
    }

    @Test
    void theZoneIsAudited() {
        State state = new State("SON", "Sonora", "STL");
        state.changeZone("America/Hermosillo");
        assertEquals("America/Hermosillo", state.auditSnapshot().get("timeZone"));
    }
}
