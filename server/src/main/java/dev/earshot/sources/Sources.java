package dev.earshot.sources;

import dev.earshot.auth.KeyRing;
import dev.earshot.auth.RateBudget;
import dev.earshot.auth.Pseudonyms;
import dev.earshot.ingest.IngestService;
import dev.earshot.sources.lastfm.LastfmRoutes;
import dev.earshot.sources.legacy.AudioscrobblerRoutes;
import dev.earshot.sources.listenbrainz.ListenBrainzRoutes;
import dev.earshot.sources.webhook.WebScrobblerWebhook;
import dev.earshot.store.EventOrigin;
import dev.earshot.store.SqlReader;
import dev.earshot.store.SqlWriter;
import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The protocols real scrobblers already speak (DESIGN §6), each a thin translation to {@link Scrobbles}: built
 * once in the wiring place, registered with the web server's routes.
 */
public final class Sources {
    private final Scrobbles scrobbles;
    private final ListenerAuth auth;
    private final ListenReads reads;
    private final Pseudonyms pseudonyms;

    private Sources(Scrobbles scrobbles, ListenerAuth auth, ListenReads reads, Pseudonyms pseudonyms) {
        this.scrobbles = scrobbles;
        this.auth = auth;
        this.reads = reads;
        this.pseudonyms = pseudonyms;
    }

    /** {@code pseudonyms}: a listener named in a path is looked up as the warehouse keeps them. */
    /** {@code spend}: counts a key's request against its rate limit ({@code auth.Admission#spend}). */
    public static Sources create(IngestService ingest, KeyRing keys, Function<String, RateBudget> spend, SqlReader reader,
                                 SqlWriter writer, Clock clock, Pseudonyms pseudonyms) {
        return new Sources(new Scrobbles(ingest, keys, new KnownTracks(reader), clock, new NoticeTable(reader, writer)),
                new ListenerAuth(keys, spend), new ListenReads(reader), pseudonyms);
    }

    /** {@code keysRequired}: whether /v1 demands keys now, which the protocols' read routes follow. */
    public void register(RoutesConfig routes, BooleanSupplier keysRequired, long maxBodyBytes) {
        new ListenBrainzRoutes(scrobbles.via(EventOrigin.LISTENBRAINZ), auth, reads, keysRequired, maxBodyBytes, pseudonyms)
                .register(routes);
        new WebScrobblerWebhook(scrobbles.via(EventOrigin.WEB_SCROBBLER), auth, maxBodyBytes).register(routes);
        new LastfmRoutes(scrobbles.via(EventOrigin.LASTFM), auth, maxBodyBytes).register(routes);
        new AudioscrobblerRoutes(scrobbles.via(EventOrigin.AUDIOSCROBBLER), auth, maxBodyBytes).register(routes);
    }
}
