package dev.earshot.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.event.Location;
import dev.earshot.simulate.City;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeZonesTest {
    @Test
    void knowsEverySimulatedCity() {
        for (City c : City.ALL) {
            assertThat(TimeZones.of(c.location())).as(c.location().display()).isEqualTo(c.zone());
        }
    }

    @Test
    void readsFreeTextLocations() {
        assertThat(TimeZones.of(Location.fromText("San Francisco, CA"))).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(TimeZones.of(Location.fromText("Sao Paulo, Brazil"))).isEqualTo(ZoneId.of("America/Sao_Paulo"));
    }

    @Test
    void unknownCityFallsBackToTheCountrysRepresentativeZone() {
        assertThat(TimeZones.of(new Location("DE", null, "Kleinstadt"))).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(TimeZones.of(Location.fromText("Leeds, UK"))).isEqualTo(ZoneId.of("Europe/London"));
    }

    @Test
    void unknownCityFallsBackToItsUsState() {
        assertThat(TimeZones.of(Location.fromText("Fresno, CA"))).isEqualTo(ZoneId.of("America/Los_Angeles"));
    }

    @Test
    void unknownLocationHasNoZone() {
        assertThat(TimeZones.of(null)).isNull();
        assertThat(TimeZones.of(Location.fromText("Atlantis"))).isNull();
    }
}
