package dev.earshot.imports;

/** Why a record of an export was read but deliberately not imported; the summary counts each kind. */
public enum LeftOut {
    INCOGNITO, PODCAST, AUDIOBOOK, VIDEO, REMOVED, AD, NOW_PLAYING, NOT_MUSIC;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
