package dev.earshot.imports;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;

/**
 * Pages of Last.fm's {@code user.getRecentTracks} as the API answers them ({"recenttracks": {"track": […],
 * "@attr": {"page": "1", "totalPages": …}}}), one page a file or a list of pages, plain or {@code extended=1}
 * (artist as {"name": …} instead of {"#text": …}). The track playing now heads the first page with
 * {@code @attr.nowplaying} and no date: left out as now playing.
 */
public final class LastfmRecentTracksReader implements ExportReader {
    @Override
    public ImportFormat format() {
        return ImportFormat.LASTFM_RECENT_TRACKS;
    }

    @Override
    public boolean recognises(String baseName, String head) {
        String h = head.stripLeading();
        return (h.startsWith("{") || h.startsWith("[")) && h.contains("\"recenttracks\"");
    }

    @Override
    public void read(ExportEntry entry, Export export, ImportOptions options, ImportSink sink) throws IOException {
        try (InputStream in = entry.open(); JsonParser p = JsonRecords.parser(in)) {
            LastfmScrobbles.pages(p, entry.name(), ImportFormat.LASTFM_RECENT_TRACKS, sink);
        }
    }
}
