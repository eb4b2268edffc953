package dev.earshot.eval;

import dev.earshot.catalog.Catalog;
import dev.earshot.event.TrackMetadata;
import dev.earshot.simulate.SimTrack;
import dev.earshot.simulate.World;
import java.util.function.Function;

/** Loads a simulated world's catalog, under every platform id its events may carry for a track. */
public final class SimulatedCatalog {
    private SimulatedCatalog() {
    }

    public static Catalog of(World world) {
        return load(world, Function.identity());
    }

    /** The catalog as a source without audio features would give it: titles, artists and genres only. */
    public static Catalog withoutAudioFeatures(World world) {
        return load(world, m -> new TrackMetadata(m.title(), m.artist(), m.album(), m.durationMs(), m.genres(), null));
    }

    private static Catalog load(World world, Function<TrackMetadata, TrackMetadata> view) {
        Catalog catalog = new Catalog();
        for (SimTrack t : world.catalog().tracks()) {
            TrackMetadata m = view.apply(t.metadata());
            t.ids().values().forEach(id -> catalog.upsert(id, m));
        }
        return catalog;
    }
}
