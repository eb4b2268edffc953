package dev.earshot.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.catalog.TrackIdentity;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MsidsTest {
    @Test
    void anMsidOfOursIsAUuidThatReadsBackToItsTrack() {
        String track = TrackIdentity.of("Björk", "Jóga");
        String msid = Msids.of(track);
        assertThat(UUID.fromString(msid).toString()).isEqualTo(msid);
        assertThat(Msids.trackId(msid)).contains(track);
    }

    @Test
    void otherTracksGetANameBasedUuidThatNamesNoTrack() {
        String msid = Msids.of("spotify:track:4iV5W9uYEdYUVa79Axb7Rh");
        assertThat(msid).hasSize(36);
        assertThat(Msids.trackId(msid)).isEmpty();
        assertThat(Msids.trackId("not-an-msid")).isEmpty();
    }
}
