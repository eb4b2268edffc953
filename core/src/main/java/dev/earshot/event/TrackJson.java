package dev.earshot.event;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Inline track metadata as compact JSON text, for storage beside the event, and back. */
public final class TrackJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private TrackJson() {
    }

    public static String write(TrackMetadata track) {
        StringWriter out = new StringWriter(128);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            EventJsonWriter.writeTrackObject(track, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Reads text made by {@link #write}; stored text was validated when it arrived, so it is not again. */
    public static TrackMetadata read(String json) {
        EventDraft d = new EventDraft(0);
        try (JsonParser p = FACTORY.createParser(json)) {
            p.nextToken();
            EventFieldReader.readTrack(p, d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TrackMetadata(d.trackTitle, d.trackArtist, d.trackAlbum, d.trackDurationMs, d.trackGenres, d.audioFeatures);
    }
}
