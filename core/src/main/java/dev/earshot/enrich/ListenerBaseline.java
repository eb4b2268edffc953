package dev.earshot.enrich;

import dev.earshot.event.Device;

/**
 * What a listener usually does: the mean energy of the tracks they start, and the devices they have used.
 * Sessions are judged against it: a metal fan's calm session is still loud music, and a phone says little
 * about a commute for someone who has never played in a car, but much for someone who often does.
 */
final class ListenerBaseline {
    /** After this many tracks the mean becomes a moving one, so that tastes may drift. */
    private static final int FULL_MEMORY = 200;

    private double energy = Double.NaN;
    private int tracks;
    private int devices;

    void add(double trackEnergy) {
        tracks = Math.min(tracks + 1, FULL_MEMORY);
        energy = Double.isNaN(energy) ? trackEnergy : energy + (trackEnergy - energy) / tracks;
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

    /** The mean energy so far, or NaN before any track with a known energy. */
    double energy() {
        return energy;
    }
}
