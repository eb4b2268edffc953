package dev.earshot.users;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.earshot.analytics.Range;
import dev.earshot.store.StoredEvent;
import java.time.Instant;
import java.util.List;

/**
 * One listener in a range: plays, minutes, what and when they listen, their newest events and the preset
 * segments they belong to. {@code firstSeen}/{@code lastSeen} are over all time (null when no event passes the
 * filters). Recent events are rendered
 * by the web layer in the format of GET /v1/events, so they are not a property here.
 */
public record UserProfile(String userId, Range range, long plays, double minutes, Instant firstSeen, Instant lastSeen,
                          List<NamedCount> topGenres, List<NamedCount> topMoods, List<NamedCount> topContexts,
                          List<ArtistPlays> topArtists, List<HourListens> clock,
                          @JsonIgnore List<StoredEvent> recentEvents, List<SegmentRef> segments) {
}
