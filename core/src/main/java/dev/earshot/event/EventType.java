package dev.earshot.event;

/** What the listener did. The first five are the core interactions; the rest are accepted extensions. */
public enum EventType implements WireEnum {
    PLAY, PAUSE, SKIP, LIKE, SHARE, RESUME, COMPLETE, UNLIKE, ADD_TO_PLAYLIST;

    public static final WireEnum.Lookup<EventType> WIRE = new WireEnum.Lookup<>(values());
}
