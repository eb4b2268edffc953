package dev.earshot.event;

/** Where in the player the track was started from. */
public enum ContextType implements WireEnum {
    PLAYLIST, ALBUM, ARTIST, RADIO, SEARCH, RECOMMENDATION;

    public static final WireEnum.Lookup<ContextType> WIRE = new WireEnum.Lookup<>(values());
}
