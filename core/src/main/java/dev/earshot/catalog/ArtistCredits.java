package dev.earshot.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits an artist credit ("A feat. B & C, D") into its artists. Names that contain a separator
 * themselves ("Tyler, The Creator", "Simon & Garfunkel") are kept whole: they are matched first
 * against a small list of known exceptions, because no rule can tell them from two artists.
 */
public final class ArtistCredits {

  /** Known names containing a separator, lower case; matched before splitting. */
  private static final List<String> KNOWN = List.of(
      "tyler, the creator",
      "earth, wind & fire",
      "crosby, stills, nash & young",
      "crosby, stills & nash",
      "emerson, lake & palmer",
      "simon & garfunkel",
      "hall & oates",
      "daryl hall & john oates",
      "florence + the machine",
      "mumford & sons",
      "marina & the diamonds",
      "she & him",
      "belle & sebastian",
      "chase & status",
      "above & beyond",
      "sly & the family stone",
      "prince & the revolution",
      "bob marley & the wailers",
      "tom petty & the heartbreakers",
      "huey lewis & the news",
      "derek & the dominos",
      "peter, bjorn and john",
      "now, now",
      "me first and the gimme gimmes",
      "of monsters and men",
      "angus & julia stone",
      "iron & wine",
      "salt-n-pepa");

  /** "feat.", "ft.", "featuring", "with" credits, "&", "x", ",", ";", "/", " and " between names. */
  private static final Pattern SEPARATOR = Pattern.compile(
      "\\s*(?:\\(|\\[)?\\s*\\b(?:feat\\.?|ft\\.?|featuring|with)\\s+|\\s+&\\s+|\\s*,\\s*|\\s*;\\s*|\\s+/\\s+|\\s+x\\s+|\\s+vs\\.?\\s+",
      Pattern.CASE_INSENSITIVE);

  private ArtistCredits() {}

  /** The artists of a credit, in order, without duplicates; empty for a blank credit. */
  public static List<String> split(String credit) {
    if (credit == null || credit.isBlank()) {
      return List.of();
    }
    String rest = credit.strip();
    List<String> protectedNames = new ArrayList<>();
    String lower = rest.toLowerCase(Locale.ROOT);
    for (String known : KNOWN) {
      int at = lower.indexOf(known);
      while (at >= 0 && isWordBoundary(lower, at, known.length())) {
        String original = rest.substring(at, at + known.length());
        String token = "\u0001" + protectedNames.size() + "\u0002";
        protectedNames.add(original);
        rest = rest.substring(0, at) + token + rest.substring(at + known.length());
        lower = rest.toLowerCase(Locale.ROOT);
        at = lower.indexOf(known);
      }
    }
    Set<String> out = new LinkedHashSet<>();
    for (String part : SEPARATOR.split(rest)) {
      String name = part.replaceAll("[()\\[\\]]", "").strip();
      for (int i = 0; i < protectedNames.size(); i++) {
        name = name.replace("\u0001" + i + "\u0002", protectedNames.get(i));
      }
      if (!name.isEmpty()) {
        out.add(name);
      }
    }
    return List.copyOf(out);
  }

  /** The first (main) artist of a credit, or the credit itself when it has no separator. */
  public static String primary(String credit) {
    List<String> all = split(credit);
    return all.isEmpty() ? "" : all.get(0);
  }

  private static boolean isWordBoundary(String s, int at, int len) {
    boolean before = at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1));
    int end = at + len;
    boolean after = end >= s.length() || !Character.isLetterOrDigit(s.charAt(end));
    return before && after;
  }
}
