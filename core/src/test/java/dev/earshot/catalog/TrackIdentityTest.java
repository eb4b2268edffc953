package dev.earshot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrackIdentityTest {

  @Test
  void sameSongFromTwoSourcesIsOneId() {
    String id = TrackIdentity.of("Beyoncé", "Halo");
    assertThat(id).startsWith("earshot:track:").hasSize("earshot:track:".length() + 16);
    assertThat(TrackIdentity.of("BEYONCE", "halo")).isEqualTo(id);
    assertThat(TrackIdentity.of("Beyoncé - Topic", "Halo")).isEqualTo(id);
    assertThat(TrackIdentity.of(" beyonce ", "Halo ")).isEqualTo(id);
  }

  @Test
  void featuredCreditsAndRemasterSuffixesDoNotMakeANewTrack() {
    String id = TrackIdentity.of("The Beatles", "Something");
    assertThat(TrackIdentity.of("The Beatles", "Something - Remastered 2009")).isEqualTo(id);
    assertThat(TrackIdentity.of("The Beatles", "Something - 2019 Mix")).isNotEqualTo(id);
    assertThat(TrackIdentity.of("The Beatles", "Something (Remastered)")).isEqualTo(id);
    assertThat(TrackIdentity.of("The Beatles", "Something - 2009 Remaster")).isEqualTo(id);
    String song = TrackIdentity.of("Calvin Harris", "One Kiss");
    assertThat(TrackIdentity.of("Calvin Harris feat. Dua Lipa", "One Kiss")).isEqualTo(song);
    assertThat(TrackIdentity.of("Calvin Harris, Dua Lipa", "One Kiss (feat. Dua Lipa)")).isEqualTo(song);
    assertThat(TrackIdentity.of("Calvin Harris", "One Kiss ft. Dua Lipa")).isEqualTo(song);
  }

  @Test
  void differentSongsStayDifferent() {
    assertThat(TrackIdentity.of("Adele", "Hello")).isNotEqualTo(TrackIdentity.of("Lionel Richie", "Hello"));
    assertThat(TrackIdentity.of("Adele", "Hello")).isNotEqualTo(TrackIdentity.of("Adele", "Hello Again"));
    assertThat(TrackIdentity.of("Tyler, The Creator", "EARFQUAKE"))
        .isNotEqualTo(TrackIdentity.of("Tyler", "EARFQUAKE"));
  }

  @Test
  void blanksAreStable() {
    assertThat(TrackIdentity.of(null, null)).isEqualTo(TrackIdentity.of("", ""));
  }
}
