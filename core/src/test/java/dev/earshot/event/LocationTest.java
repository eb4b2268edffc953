package dev.earshot.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocationTest {
    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource(delimiter = '|', value = {
        "Berlin, DE|DE", "London, UK|GB", "Berlin, Germany|DE", "Tokyo, Japan|JP", "San Francisco, CA|US",
        "Washington, D.C., US|US", "Lyon, FRA|FR", "Oslo, NOR|NO", "Lisbon, portugal|PT", "Austin, TX|US",
        "Austin, TX, USA|US", "Halifax, Nova Scotia|CA", "Calgary, AB|CA", "Toronto, ON, Canada|CA",
        "Manchester, England|GB", "Sao Paulo, Brazil|BR", "Zürich, Switzerland|CH",
        "Toronto, CA|CA", "Seoul, South Korea|KR", "Mumbai, IN|IN", "Indianapolis, Indiana|US"})
    void resolvesTheCountry(String text, String country) {
        assertThat(Location.fromText(text).country()).isEqualTo(country);
    }

    @Test
    void aCodeThatIsBothACountryAndAStateIsDecidedByTheCity() {
        assertThat(Location.fromText("Berlin, DE")).isEqualTo(new Location("DE", null, "Berlin"));
        assertThat(Location.fromText("San Francisco, CA")).isEqualTo(new Location("US", "CA", "San Francisco"));
        assertThat(Location.fromText("Toronto, CA")).isEqualTo(new Location("CA", null, "Toronto"));
    }

    @Test
    void anAmbiguousCodeWithAnUnknownCityStaysUnresolved() {
        assertThat(Location.fromText("Dover, DE")).isEqualTo(new Location(null, "DE", "Dover"));
    }

    @Test
    void keepsTheRegionOfTheNamedCountry() {
        assertThat(Location.fromText("Austin, TX, USA")).isEqualTo(new Location("US", "TX", "Austin"));
        assertThat(Location.fromText("Lyon, Rhône, France")).isEqualTo(new Location("FR", null, "Lyon, Rhône"));
    }

    @Test
    void unresolvableTextIsKeptAsItIs() {
        assertThat(Location.fromText("Gotham, Nowhereland")).isEqualTo(new Location(null, "Nowhereland", "Gotham"));
        assertThat(Location.fromText("Reykjavík")).isEqualTo(new Location(null, null, "Reykjavík"));
        assertThat(Location.fromText("Gotham, Nowhereland").display()).isEqualTo("Gotham, Nowhereland");
    }
}
