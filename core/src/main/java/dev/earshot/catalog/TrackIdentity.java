package dev.earshot.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One identity for a track known only by artist and title: {@code earshot:track:<16 hex>}, a hash
 * of the normalised main artist and title, so the same song from Spotify, Last.fm, Apple Music and
 * YouTube Music is one track. Normalising drops case, accents, "feat."/"ft." credits (in the artist
 * and in the title), remaster/version suffixes ("- Remastered 2011", "(2011 Remaster)", "- Radio
 * Edit" stays: an edit is a different recording) and YouTube's " - Topic".
 */
public final class TrackIdentity {

  public static final String PREFIX = "earshot:track:";

  private static final Pattern TOPIC = Pattern.compile("\\s+-\\s+topic$", Pattern.CASE_INSENSITIVE);
  /** "(feat. X)", "[ft. X]", " feat. X" at the end of a title. */
  private static final Pattern TITLE_FEAT = Pattern.compile(
      "\\s*(?:[(\\[]\\s*(?:feat\\.?|ft\\.?|featuring|with)\\s[^)\\]]*[)\\]]|\\s(?:feat\\.?|ft\\.?|featuring)\\s.*$)",
      Pattern.CASE_INSENSITIVE);
  /** " - Remastered 2011", " - 2011 Remaster", "(Remastered)", " - Mono Version", "(Deluxe Edition)". */
  private static final Pattern SUFFIX = Pattern.compile(
      "\\s*(?:-\\s+|[(\\[])\\s*(?:\\d{4}\\s+)?(?:digital(?:ly)?\\s+)?(?:remaster(?:ed)?|re-?mastered|mono|stereo|single|album|original|deluxe|explicit|clean)"
          + "(?:\\s+(?:version|mix|edition|remaster|\\d{4}))*(?:\\s+\\d{4})?\\s*[)\\]]?\\s*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private TrackIdentity() {}

  /** The stable id of the track {@code title} by {@code artist} (a full credit is fine). */
  public static String of(String artist, String title) {
    String key = normaliseArtist(artist) + "\u0000" + normaliseTitle(title);
    return PREFIX + hash(key);
  }

  /** The main artist, normalised: lower case, no accents, no " - Topic", no featured artists. */
  public static String normaliseArtist(String artist) {
    if (artist == null) {
      return "";
    }
    String a = TOPIC.matcher(artist.strip()).replaceFirst("");
    return fold(ArtistCredits.primary(a));
  }

  /** The title, normalised: lower case, no accents, no featured credits, no remaster suffixes. */
  public static String normaliseTitle(String title) {
    if (title == null) {
      return "";
    }
    String t = title.strip();
    String before;
    do {
      before = t;
      t = TITLE_FEAT.matcher(t).replaceFirst("");
      t = SUFFIX.matcher(t).replaceFirst("");
    } while (!t.equals(before) && !t.isEmpty());
    if (t.isEmpty()) {
      t = title.strip();
    }
    return fold(t);
  }

  private static String fold(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
    d = MARKS.matcher(d).replaceAll("").toLowerCase(Locale.ROOT).replace("&", " and ");
    return NON_WORD.matcher(d).replaceAll(" ").strip();
  }

  private static String hash(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
