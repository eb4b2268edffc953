package dev.earshot.simulations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.earshot.event.Platform;
import dev.earshot.simulate.SimulationConfig;
import dev.earshot.testkit.Events;
import dev.earshot.vocab.Genre;
import org.junit.jupiter.api.Test;

/** POST /v1/simulations bodies as the route reads them (snake_case, unknown fields refused). */
class FeedRequestTest {
    static final ObjectMapper JSON = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static FeedRequest read(String body) throws Exception {
        return JSON.readValue(body, FeedRequest.class);
    }

    @Test
    void aCustomScenarioTakesTheSameSpecAsTheCommandLine() throws Exception {
        FeedRequest r = read("{\"scenario\":\"custom\",\"rate\":50,\"spec\":{\"users\":120,\"days\":14,"
                + "\"genre_mix\":{\"jazz\":0.7,\"folk\":0.3},\"platforms\":{\"tidal\":1,\"deezer\":1},\"rate\":3}}");
        SimulationConfig c = r.config(Events.CLOCK);
        assertThat(r.users()).isEqualTo(120);
        assertThat(r.days()).isEqualTo(14);
        assertThat(r.rate()).isEqualTo(50.0);
        assertThat(c.scenario().name()).isEqualTo("custom");
        assertThat(c.scenario().platforms()).containsExactlyInAnyOrder(Platform.TIDAL, Platform.DEEZER);
        assertThat(c.scenario().genreMix()[Genre.JAZZ.ordinal()]).isEqualTo(0.7);
        assertThat(c.scenario().genreMix()[Genre.POP.ordinal()]).isZero();
        assertThat(c.scenario().sessionsPerDay()).isEqualTo(3.0);
        // The request's own size wins over the spec's.
        assertThat(read("{\"scenario\":\"custom\",\"users\":9,\"spec\":{\"users\":120}}").users()).isEqualTo(9);
    }

    @Test
    void badCustomRequestsAreRefusedNamingTheField() {
        assertRefused("{\"scenario\":\"custom\"}", "spec must be a JSON object");
        assertRefused("{\"scenario\":\"custom\",\"spec\":{\"genre_mix\":{\"polka\":1}}}",
                "spec.genre_mix.polka: unknown genre 'polka'; expected one of: pop, rock");
        assertRefused("{\"scenario\":\"custom\",\"spec\":{\"platforms\":{\"napster\":1}}}", "spec.platforms.napster");
        assertRefused("{\"scenario\":\"custom\",\"spec\":{\"genre_mix\":{\"pop\":0}}}", "spec.genre_mix must give");
        assertRefused("{\"scenario\":\"custom\",\"spec\":{\"rate\":500}}", "spec.rate (sessions per listener per day)");
        assertRefused("{\"scenario\":\"custom\",\"spec\":{\"colour\":1}}", "spec.colour: unknown field");
        assertRefused("{\"scenario\":\"spotify\",\"spec\":{}}", "give \"scenario\": \"custom\"");
        assertRefused("{\"scenario\":\"custom\",\"listeners\":\"demo\",\"spec\":{}}", "leave listeners out");
        assertRefused("{\"scenario\":\"napster\"}", "scenario must be spotify, apple_music, youtube_music or custom");
    }

    private static void assertRefused(String body, String message) {
        assertThatThrownBy(() -> read(body)).as(body).isInstanceOf(ValueInstantiationException.class)
                .cause().isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }
}
