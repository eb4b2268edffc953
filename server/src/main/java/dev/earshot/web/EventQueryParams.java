package dev.earshot.web;

import dev.earshot.auth.Pseudonyms;
import dev.earshot.event.EventType;
import dev.earshot.event.Platform;
import dev.earshot.store.Cursor;
import dev.earshot.store.EventQuery;
import dev.earshot.store.EventOrigin;
import io.javalin.http.Context;

/** Turns the query string of GET /v1/events into an {@link EventQuery}, refusing bad values with 400. */
final class EventQueryParams {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private EventQueryParams() {
    }

    /** {@code pseudonyms} maps the user_id asked for to the one stored. */
    static EventQuery parse(Context ctx, Pseudonyms pseudonyms) {
        String cursor = QueryParams.value(ctx, "cursor");
        return new EventQuery(
                pseudonyms.of(QueryParams.value(ctx, "user_id")),
                QueryParams.value(ctx, "track_id"),
                QueryParams.wire(ctx, "event_type", EventType.WIRE),
                QueryParams.wire(ctx, "platform", Platform.WIRE),
                QueryParams.instant(ctx, "from"),
                QueryParams.instant(ctx, "to"),
                cursor == null ? null : cursor(cursor),
                QueryParams.integer(ctx, "limit", DEFAULT_LIMIT, MAX_LIMIT),
                source(ctx, "source"),
                source(ctx, "exclude_source"));
    }

    private static EventOrigin source(Context ctx, String name) {
        String value = QueryParams.value(ctx, name);
        if (value == null) {
            return null;
        }
        if (!EventOrigin.valid(value)) {
            throw QueryParams.bad(name, "must be a source such as api, simulation, import:spotify, listenbrainz,"
                    + " lastfm, audioscrobbler or web_scrobbler");
        }
        return new EventOrigin(value);
    }

    private static Cursor cursor(String token) {
        try {
            return Cursor.decode(token);
        } catch (IllegalArgumentException e) {
            throw QueryParams.bad("cursor", e.getMessage());
        }
    }
}
