package dev.earshot.imports;

import java.util.List;
import java.util.Optional;

/**
 * Every export reader Earshot has, in the order detection asks them (the more particular formats first, so
 * that a file two readers could take goes to the one that knows it best).
 */
public final class Readers {
    private final List<ExportReader> all;

    public Readers(List<ExportReader> all) {
        this.all = List.copyOf(all);
    }

    /** The readers shipped with Earshot. */
    public static Readers standard() {
        return new Readers(List.of(
                new SpotifyExtendedReader(),
                new SpotifyAccountReader(),
                new AppleMusicReader(),
                new YouTubeMusicReader(),
                new ListenBrainzReader(),
                new MalojaReader(),
                new LibrefmReader(),
                new LastfmGhanReader(),
                new LastfmRecentTracksReader(),
                new LastfmCsvReader(),
                new ScrobblerLogReader(),
                new CatalogCsvReader()));
    }

    public List<ExportReader> all() {
        return all;
    }

    public Optional<ExportReader> of(ImportFormat format) {
        return all.stream().filter(r -> r.format() == format).findFirst();
    }
}
