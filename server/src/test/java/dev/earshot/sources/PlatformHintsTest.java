package dev.earshot.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.event.Platform;
import org.junit.jupiter.api.Test;

class PlatformHintsTest {
    @Test
    void namesTheServiceFromADomainALabelOrAConnectorId() {
        assertThat(PlatformHints.of("spotify.com")).isEqualTo(Platform.SPOTIFY);
        assertThat(PlatformHints.of("music.apple.com")).isEqualTo(Platform.APPLE_MUSIC);
        assertThat(PlatformHints.of("music.youtube.com")).isEqualTo(Platform.YOUTUBE_MUSIC);
        assertThat(PlatformHints.of(null, "YouTube Music")).isEqualTo(Platform.YOUTUBE_MUSIC);
        assertThat(PlatformHints.of("apple-music")).isEqualTo(Platform.APPLE_MUSIC);
        assertThat(PlatformHints.of("amazon")).isEqualTo(Platform.AMAZON_MUSIC);
        assertThat(PlatformHints.of("https://open.spotify.com/track/x")).isEqualTo(Platform.SPOTIFY);
    }

    @Test
    void aLocalPlayerOrPlainYoutubeIsOther() {
        assertThat(PlatformHints.of("Navidrome", null)).isEqualTo(Platform.OTHER);
        assertThat(PlatformHints.of("youtube.com")).isEqualTo(Platform.OTHER);
        assertThat(PlatformHints.of()).isEqualTo(Platform.OTHER);
    }
}
