package dev.earshot.event;

/** The kind of device that played the track. */
public enum Device implements WireEnum {
    MOBILE, DESKTOP, WEB, TABLET, SMART_SPEAKER, CAR, TV;

    public static final WireEnum.Lookup<Device> WIRE = new WireEnum.Lookup<>(values());
}
