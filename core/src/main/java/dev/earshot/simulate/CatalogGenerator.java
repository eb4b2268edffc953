package dev.earshot.simulate;

import dev.earshot.event.Platform;
import dev.earshot.event.TrackMetadata;
import dev.earshot.vocab.Genre;
import dev.earshot.vocab.Mood;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates artists and tracks. Popularity has a long tail: artists follow Zipf by rank, and an artist's
 * tracks fall off again by rank, so a few hits take most plays. A handful of emerging artists debut just
 * before the period; their pools are drawn ever more often as it goes on.
 */
final class CatalogGenerator {
    private static final int TRACKS_PER_ARTIST = 10;
    static final double LABEL_VALENCE_NOISE = 0.15;
    static final double LABEL_ENERGY_NOISE = 0.10;

    private final long seed;
    private final double[] genreMix;
    private final LocalDate periodStart;
    private final Map<Platform, TrackIds> ids = new EnumMap<>(Platform.class);

    CatalogGenerator(long seed, double[] genreMix, Set<Platform> platforms, LocalDate periodStart) {
        this.seed = seed;
        this.genreMix = Draw.cumulative(genreMix);
        this.periodStart = periodStart;
        platforms.forEach(p -> ids.put(p, new TrackIds(seed, p)));
    }

    SimCatalog generate(int trackCount) {
        int established = Math.max(Genre.values().length, trackCount / TRACKS_PER_ARTIST);
        int emerging = Math.max(3, established / 150);
        List<SimArtist> artists = new ArrayList<>();
        List<SimTrack> tracks = new ArrayList<>();
        for (int a = 0; a < established + emerging; a++) {
            SimArtist artist = artist(a, a >= established);
            artists.add(artist);
            addTracks(artist, artistPopularity(a, established), tracks);
        }
        return new SimCatalog(List.copyOf(artists), List.copyOf(tracks), new TrackPools(tracks));
    }

    private SimArtist artist(int index, boolean emerging) {
        SplittableRandom r = Seeds.rng(seed, 0xA27, index);
        // The first artists cover every genre in turn, so that no genre is left without music.
        Genre primary = index < Genre.values().length && !emerging ? Genre.values()[index] : drawGenre(r);
        Genre secondary = r.nextDouble() < 0.15 ? drawOther(r, primary) : null;
        LocalDate debut = emerging ? periodStart.minusDays(r.nextInt(21)) : periodStart.minusDays(30 + r.nextInt(40 * 365));
        return new SimArtist(index, "sim_artist_" + index, Names.artist(r), primary, secondary, emerging, debut);
    }

    private static double artistPopularity(int index, int established) {
        return index < established ? 1.0 / Math.pow(index + 1, 0.9) : 1.0;
    }

    private void addTracks(SimArtist artist, double popularity, List<SimTrack> out) {
        SplittableRandom r = Seeds.rng(seed, 0x77AC, artist.index());
        int n = artist.emerging() ? 4 + r.nextInt(4) : 1 + r.nextInt(2 * TRACKS_PER_ARTIST - 1);
        String album = Names.title(r);
        for (int k = 0; k < n; k++) {
            Genre genre = artist.secondary() != null && r.nextDouble() < 0.35 ? artist.secondary() : artist.primary();
            double trackPopularity = popularity / (k + 1) * Math.exp(0.5 * r.nextGaussian());
            out.add(track(out.size(), artist, genre, trackPopularity, album, r));
        }
    }

    private SimTrack track(int index, SimArtist artist, Genre genre, double popularity, String album, SplittableRandom r) {
        AudioProfile audio = GenreProfile.of(genre).drawFeatures(r);
        long duration = GenreProfile.of(genre).drawDurationMs(r);
        long span = Math.max(1, periodStart.toEpochDay() - artist.debut().toEpochDay());
        LocalDate released = artist.debut().plusDays(r.nextLong(span));
        String title = Names.title(r);
        Map<Platform, String> trackIds = new EnumMap<>(Platform.class);
        ids.forEach((p, gen) -> trackIds.put(p, gen.next(index)));
        List<String> genres = artist.secondary() == null ? List.of(genre.wire()) : List.of(genre.wire(), other(artist, genre).wire());
        TrackMetadata metadata = new TrackMetadata(title, artist.name(), album, duration, genres, audio.toMap());
        return new SimTrack(index, artist, genre, audio, duration, released, title, album, popularity,
                Map.copyOf(trackIds), metadata, label(index, audio));
    }

    /**
     * The mood an annotator labels the track with: valence and energy as they hear them, off the measured
     * features by σ {@value #LABEL_VALENCE_NOISE} and {@value #LABEL_ENERGY_NOISE} (annotators agree on energy
     * more than on valence), then the same circumplex quadrants. Drawn from a stream of its own, so no other
     * draw of the world moves.
     */
    private Mood label(int index, AudioProfile audio) {
        SplittableRandom r = Seeds.rng(seed, 0x3A0D, index);
        double valence = audio.valence() + LABEL_VALENCE_NOISE * r.nextGaussian();
        double energy = audio.energy() + LABEL_ENERGY_NOISE * r.nextGaussian();
        return Mood.of(valence, energy);
    }

    private static Genre other(SimArtist artist, Genre genre) {
        return genre == artist.primary() ? artist.secondary() : artist.primary();
    }

    private Genre drawGenre(SplittableRandom r) {
        return Genre.values()[Draw.index(r, genreMix)];
    }

    private Genre drawOther(SplittableRandom r, Genre not) {
        Genre g = drawGenre(r);
        return g != not ? g : Genre.values()[(not.ordinal() + 1 + r.nextInt(Genre.values().length - 1)) % Genre.values().length];
    }
}
