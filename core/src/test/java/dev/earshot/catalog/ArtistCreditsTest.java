package dev.earshot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArtistCreditsTest {

  @Test
  void splitsFeaturedAmpersandAndCommaCredits() {
    assertThat(ArtistCredits.split("Calvin Harris feat. Dua Lipa")).containsExactly("Calvin Harris", "Dua Lipa");
    assertThat(ArtistCredits.split("A ft. B & C, D")).containsExactly("A", "B", "C", "D");
    assertThat(ArtistCredits.split("Jay-Z (featuring Alicia Keys)")).containsExactly("Jay-Z", "Alicia Keys");
    assertThat(ArtistCredits.split("Beyoncé & Beyoncé")).containsExactly("Beyoncé");
  }

  @Test
  void keepsKnownNamesThatContainASeparator() {
    assertThat(ArtistCredits.split("Tyler, The Creator")).containsExactly("Tyler, The Creator");
    assertThat(ArtistCredits.split("Tyler, The Creator feat. Frank Ocean"))
        .containsExactly("Tyler, The Creator", "Frank Ocean");
    assertThat(ArtistCredits.split("Earth, Wind & Fire, The Emotions"))
        .containsExactly("Earth, Wind & Fire", "The Emotions");
    assertThat(ArtistCredits.split("simon & garfunkel")).containsExactly("simon & garfunkel");
  }

  @Test
  void blankCreditHasNoArtists() {
    assertThat(ArtistCredits.split(" ")).isEmpty();
    assertThat(ArtistCredits.split(null)).isEmpty();
    assertThat(ArtistCredits.primary("Adele")).isEqualTo("Adele");
  }
}
