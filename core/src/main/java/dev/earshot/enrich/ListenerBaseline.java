package dev.earshot.enrich;

import dev.earshot.event.Device;

/**
 * What a listener usually does: the mean traits of the tracks they start, and the devices they have used.
 * Sessions are judged against it: a metal fan's calm session is still loud music, and a phone says little
 * about a commute for someone who has never played in a car, but much for someone who often does.
 */
final class ListenerBaseline {
    /** After this many tracks the means move, so that tastes may drift. */
    private static final int MEMORY = 200;

    private final RunningMeans traits = new RunningMeans(TrackTraits.COUNT, MEMORY);
    private int devices;

    void add(double[] trackTraits) {
        traits.add(trackTraits);
    }

    /** The usual value of a trait (see {@link TrackTraits}), or NaN before any is known. */
    double usual(int trait) {
        return traits.mean(trait);
    }

    void used(Device device) {
        devices |= 1 << device.ordinal();
    }

    boolean hasUsed(Device device) {
        return (devices & 1 << device.ordinal()) != 0;
    }

    int devicesUsed() {
        return Integer.bitCount(devices);
    }
}
