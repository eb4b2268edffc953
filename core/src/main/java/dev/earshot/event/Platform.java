package dev.earshot.event;

/** The service the listening happened on. */
public enum Platform implements WireEnum {
    SPOTIFY, APPLE_MUSIC, YOUTUBE_MUSIC, SOUNDCLOUD, DEEZER, TIDAL, AMAZON_MUSIC, OTHER;

    public static final WireEnum.Lookup<Platform> WIRE = new WireEnum.Lookup<>(values());
}
