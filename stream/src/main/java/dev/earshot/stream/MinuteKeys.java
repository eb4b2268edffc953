package dev.earshot.stream;

import dev.earshot.enrich.GenrePrediction;
import dev.earshot.event.EventType;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/** Each play, once per dimension it is counted under: its track, its artist and its top genre (when known). */
public final class MinuteKeys implements FlatMapFunction<Enriched, DimensionPlay> {
    private static final long serialVersionUID = 1L;

    @Override
    public void flatMap(Enriched e, Collector<DimensionPlay> out) {
        var event = e.stored().event();
        if (event.eventType() != EventType.PLAY) {
            return;
        }
        long ts = event.timestamp().toEpochMilli();
        out.collect(new DimensionPlay("track", event.trackId(), event.userId(), ts));
        if (e.artist() != null) {
            out.collect(new DimensionPlay("artist", e.artist(), event.userId(), ts));
        }
        GenrePrediction genre = e.stored().enrichment() == null ? null : e.stored().enrichment().genrePrediction();
        if (genre != null) {
            out.collect(new DimensionPlay("genre", genre.top().genre(), event.userId(), ts));
        }
    }
}
