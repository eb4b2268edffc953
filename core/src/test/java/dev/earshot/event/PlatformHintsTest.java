package dev.earshot.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlatformHintsTest {
    @Test
    void namesTheServiceFromADomainALabelOrAConnectorId() {
        assertThat(PlatformHints.of("spotify.com")).isEqualTo(Platform.SPOTIFY);
        assertThat(PlatformHints.of("music.apple.com")).isEqualTo(Platform.APPLE_MUSIC);
        assertThat(PlatformHints.of("itunes.apple.com")).isEqualTo(Platform.APPLE_MUSIC);
        assertThat(PlatformHints.of("music.youtube.com")).isEqualTo(Platform.YOUTUBE_MUSIC);
        assertThat(PlatformHints.of(null, "YouTube Music")).isEqualTo(Platform.YOUTUBE_MUSIC);
        assertThat(PlatformHints.of("YouTubeMusic")).isEqualTo(Platform.YOUTUBE_MUSIC);
        assertThat(PlatformHints.of("apple-music")).isEqualTo(Platform.APPLE_MUSIC);
        assertThat(PlatformHints.of("amazon")).isEqualTo(Platform.AMAZON_MUSIC);
        assertThat(PlatformHints.of("music.amazon.de")).isEqualTo(Platform.AMAZON_MUSIC);
        assertThat(PlatformHints.of("https://open.spotify.com/track/x")).isEqualTo(Platform.SPOTIFY);
        assertThat(PlatformHints.of("https://www.deezer.com/track/1")).isEqualTo(Platform.DEEZER);
    }

    @Test
    void aLaterHintIsReadWhenAnEarlierOneNamesNoKnownService() {
        assertThat(PlatformHints.of("bandcamp.com", "Tidal")).isEqualTo(Platform.TIDAL);
        assertThat(PlatformHints.of("", null, "https://music.youtube.com/watch?v=dQw4w9WgXcQ"))
                .isEqualTo(Platform.YOUTUBE_MUSIC);
    }

    @Test
    void aLocalPlayerOrPlainYoutubeIsOther() {
        assertThat(PlatformHints.of("Navidrome", null)).isEqualTo(Platform.OTHER);
        assertThat(PlatformHints.of("youtube.com")).isEqualTo(Platform.OTHER);
        assertThat(PlatformHints.of("YouTube")).isEqualTo(Platform.OTHER);
        assertThat(PlatformHints.of("https://www.youtube.com/watch?v=dQw4w9WgXcQ")).isEqualTo(Platform.OTHER);
        assertThat(PlatformHints.of("youtu.be")).isEqualTo(Platform.OTHER);
        assertThat(PlatformHints.of()).isEqualTo(Platform.OTHER);
    }
}
