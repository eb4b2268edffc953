package dev.earshot.imports;

import java.util.List;

/**
 * Takes Google Takeout's "Watched …" wording off a history title. Takeout writes the whole file in the
 * account's language ("Watched Solar", "Solar angesehen", "Vous avez regardé Solar", "Has visto Solar", …),
 * so the first title that carries a known wording fixes it for the file, and later titles lose only that
 * wording: a song called "Visto Bueno" in an English file keeps its name. One instance per file.
 */
final class TakeoutTitles {
    /** Longer forms first, so that "Assistiu a " wins over "Assistiu ". */
    private static final List<String> PREFIXES = List.of("Watched ", "Vous avez regardé ", "A regardé ", "Has visto ",
            "Visto ", "Hai guardato ", "Assistiu a ", "Assistiu ", "Obejrzano: ");
    private static final List<String> SUFFIXES = List.of(" angesehen", " bekeken", " を視聴しました");

    private String prefix;
    private String suffix;

    /** The title without the wording, or null when nothing is left. */
    String title(String text) {
        if (text == null) {
            return null;
        }
        if (prefix == null && suffix == null) {
            learn(text);
        }
        String t = text;
        if (prefix != null && t.startsWith(prefix)) {
            t = t.substring(prefix.length());
        } else if (suffix != null && t.endsWith(suffix)) {
            t = t.substring(0, t.length() - suffix.length());
        }
        t = t.strip();
        return t.isEmpty() ? null : t;
    }

    private void learn(String text) {
        for (String p : PREFIXES) {
            if (text.startsWith(p)) {
                prefix = p;
                return;
            }
        }
        for (String s : SUFFIXES) {
            if (text.endsWith(s)) {
                suffix = s;
                return;
            }
        }
    }
}
