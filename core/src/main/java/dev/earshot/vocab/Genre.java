package dev.earshot.vocab;

import dev.earshot.event.WireEnum;

/**
 * The genres Earshot speaks of: the simulator draws its catalog from them and the models predict them. The
 * order is part of the simulator's seeded draws, so a new genre goes at the end.
 */
public enum Genre implements WireEnum {
    POP, ROCK, HIP_HOP, ELECTRONIC, R_AND_B, INDIE, JAZZ, CLASSICAL, COUNTRY, LATIN, METAL, K_POP, AMBIENT, FOLK;

    private static final Genre[] ALL = values();
    public static final WireEnum.Lookup<Genre> WIRE = new WireEnum.Lookup<>(ALL);

    /** The genre with this ordinal, without the array copy that {@code values()} makes on every call. */
    public static Genre byOrdinal(int ordinal) {
        return ALL[ordinal];
    }

    public static int count() {
        return ALL.length;
    }

    public static Genre fromWire(String wire) {
        for (Genre g : ALL) {
            if (g.wire().equals(wire)) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown genre '" + wire + "'; expected one of: " + WIRE.allowed());
    }
}
