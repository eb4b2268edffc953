package dev.earshot.catalog;

import dev.earshot.simulate.SimTrack;
import dev.earshot.simulate.World;

/** Loads a simulated world's catalog, under every platform id its events may carry for a track. */
public final class SimulatedCatalog {
    private SimulatedCatalog() {
    }

    public static Catalog of(World world) {
        Catalog catalog = new Catalog();
        for (SimTrack t : world.catalog().tracks()) {
            t.ids().values().forEach(id -> catalog.upsert(id, t.metadata()));
        }
        return catalog;
    }
}
