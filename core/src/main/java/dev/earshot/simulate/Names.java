package dev.earshot.simulate;

import java.util.SplittableRandom;

/** Plausible-looking artist, track and album names made of seeded syllables and words. */
final class Names {
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "ve", "no", "si", "ta", "lu", "ze", "ori",
        "an", "el", "da", "ny", "mar", "quin", "sol", "bri", "fen", "jo", "ax", "ly", "ro"};
    private static final String[] WORDS = {"Midnight", "Golden", "Echo", "River", "Neon", "Paper", "Silent",
        "Summer", "Glass", "Wild", "Velvet", "Static", "Ocean", "Electric", "Hollow", "Crimson", "Signal", "Dream",
        "Northern", "Fever", "Satellite", "Honey", "Ghost", "Shadow", "Lights", "Heart", "City", "Rain", "Fire",
        "Horizon", "Pulse", "Bloom", "Highway", "Moon", "Stereo", "Gravity", "Canyon", "Mirror", "Wave", "Dust"};

    private Names() {
    }

    static String artist(SplittableRandom r) {
        String first = capitalise(syllables(r, 2 + r.nextInt(2)));
        return r.nextInt(3) == 0 ? "The " + words(r, 1) + "s" : first + " " + capitalise(syllables(r, 2));
    }

    static String title(SplittableRandom r) {
        return words(r, 1 + r.nextInt(3));
    }

    private static String words(SplittableRandom r, int n) {
        StringBuilder out = new StringBuilder(WORDS[r.nextInt(WORDS.length)]);
        for (int i = 1; i < n; i++) {
            out.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
        }
        return out.toString();
    }

    private static String syllables(SplittableRandom r, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        }
        return out.toString();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
