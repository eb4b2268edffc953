package dev.earshot.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.event.Device;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.Platform;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    @Test
    void spotifyTrackIdsAreUrisWith22Base62Characters() {
        SimRun run = SimRun.of("spotify", 30, 2, 1);
        assertThat(run.events).isNotEmpty().allSatisfy(e -> {
            assertThat(e.trackId()).matches("spotify:track:[0-9A-Za-z]{22}");
            assertThat(e.platform()).isEqualTo(Platform.SPOTIFY);
        });
    }

    @Test
    void appleMusicTrackIdsAreNumericCatalogueIds() {
        SimRun run = SimRun.of("apple_music", 30, 2, 1);
        assertThat(run.events).isNotEmpty().allSatisfy(e -> {
            assertThat(e.trackId()).matches("[1-9][0-9]{9}");
            assertThat(e.platform()).isEqualTo(Platform.APPLE_MUSIC);
        });
    }

    @Test
    void youtubeMusicTrackIdsAreElevenCharacterVideoIds() {
        SimRun run = SimRun.of("youtube_music", 30, 2, 1);
        assertThat(run.events).isNotEmpty().allSatisfy(e -> {
            assertThat(e.trackId()).matches("[A-Za-z0-9_-]{11}");
            assertThat(e.platform()).isEqualTo(Platform.YOUTUBE_MUSIC);
        });
    }

    @Test
    void devicesArePlatformTypical() {
        assertThat(SimRun.of("youtube_music", 80, 2, 1).events).extracting(ListenEvent::device)
                .doesNotContain(Device.CAR).contains(Device.TV);
        assertThat(SimRun.of("apple_music", 80, 2, 1).events).extracting(ListenEvent::device)
                .doesNotContain(Device.TV, Device.WEB);
    }

    @Test
    void trackIdsAreUniqueWithinAPlatform() {
        World world = SimRun.of("apple_music", 10, 2, 9).world;
        assertThat(world.catalog().tracks()).extracting(t -> t.id(Platform.APPLE_MUSIC)).doesNotHaveDuplicates();
    }

    @Test
    void unknownScenarioIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> Scenario.named("napster")).hasMessageContaining("spotify, apple_music, youtube_music");
    }
}
