package dev.earshot.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.event.ListenEvent;
import dev.earshot.event.Platform;
import dev.earshot.vocab.Genre;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CustomSpecTest {
    private static final String SPEC = """
            {"users": 120, "days": 3, "genre_mix": {"jazz": 0.5, "k_pop": 0.5},
             "platforms": {"spotify": 0.5, "youtube_music": 0.5}, "rate": 1.5, "inline_metadata": false}
            """;

    @Test
    void specIsParsed() throws IOException {
        CustomSpec spec = read(SPEC);
        assertThat(spec.users()).isEqualTo(120);
        assertThat(spec.days()).isEqualTo(3);
        assertThat(spec.rate()).isEqualTo(1.5);
        assertThat(spec.inlineMetadata()).isFalse();
        assertThat(spec.genreMix()[Genre.JAZZ.ordinal()]).isEqualTo(0.5);
        assertThat(spec.platformMix()[Platform.YOUTUBE_MUSIC.ordinal()]).isEqualTo(0.5);
        assertThat(spec.genreMix()[Genre.POP.ordinal()]).isZero();
    }

    @Test
    void customSpecIsHonoured() throws IOException {
        CustomSpec spec = read(SPEC);
        SimRun run = SimRun.of(new SimulationConfig(Scenario.custom(spec), spec.users(), spec.days(), 8, SimRun.END,
                spec.inlineMetadata(), 1, 2_000));
        Map<Platform, Long> byPlatform = run.events.stream()
                .collect(Collectors.groupingBy(ListenEvent::platform, Collectors.counting()));
        assertThat(byPlatform).containsOnlyKeys(Platform.SPOTIFY, Platform.YOUTUBE_MUSIC);
        long favoured = run.events.stream().map(e -> run.track(e.trackId()).genre())
                .filter(g -> g == Genre.JAZZ || g == Genre.K_POP).count();
        assertThat((double) favoured / run.events.size()).isGreaterThan(0.7);
        assertThat(run.events).allSatisfy(e -> assertThat(e.track()).isNull());
    }

    @Test
    void unknownFieldIsRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> read("{\"user\": 5}")).hasMessageContaining("unknown field 'user'");
    }

    @Test
    void unknownGenreAndPlatformAreRefused() {
        assertThatThrownBy(() -> read("{\"genre_mix\": {\"polka\": 1}}")).hasMessageContaining("polka");
        assertThatThrownBy(() -> read("{\"platforms\": {\"napster\": 1}}")).hasMessageContaining("napster");
    }

    @Test
    void rateOutsideItsRangeIsRefused() {
        assertThatThrownBy(() -> read("{\"rate\": 0}")).hasMessageContaining("sessions per listener per day");
        assertThatThrownBy(() -> read("{\"rate\": 5000}")).hasMessageContaining("at most 100");
    }

    private static CustomSpec read(String json) throws IOException {
        return CustomSpecReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
