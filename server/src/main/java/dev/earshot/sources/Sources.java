package dev.earshot.sources;

import dev.earshot.auth.KeyRing;
import dev.earshot.ingest.IngestService;
import dev.earshot.sources.lastfm.LastfmRoutes;
import dev.earshot.sources.legacy.AudioscrobblerRoutes;
import dev.earshot.sources.listenbrainz.ListenBrainzRoutes;
import dev.earshot.sources.webhook.WebScrobblerWebhook;
import dev.earshot.store.SqlReader;
import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.util.function.BooleanSupplier;

/**
 * The protocols real scrobblers already speak (DESIGN §6), each a thin translation to {@link Scrobbles}: built
 * once in the wiring place, registered with the web server's routes.
 */
public final class Sources {
    private final Scrobbles scrobbles;
    private final ListenerAuth auth;
    private final ListenReads reads;

    private Sources(Scrobbles scrobbles, ListenerAuth auth, ListenReads reads) {
        this.scrobbles = scrobbles;
        this.auth = auth;
        this.reads = reads;
    }

    public static Sources create(IngestService ingest, KeyRing keys, SqlReader reader, Clock clock) {
        return new Sources(new Scrobbles(ingest, keys, clock), new ListenerAuth(keys), new ListenReads(reader));
    }

    /** {@code keysRequired}: whether /v1 demands keys now, which the protocols' read routes follow. */
    public void register(RoutesConfig routes, BooleanSupplier keysRequired, long maxBodyBytes) {
        new ListenBrainzRoutes(scrobbles, auth, reads, keysRequired, maxBodyBytes).register(routes);
        new WebScrobblerWebhook(scrobbles, auth, maxBodyBytes).register(routes);
        new LastfmRoutes(scrobbles, auth, maxBodyBytes).register(routes);
        new AudioscrobblerRoutes(scrobbles, auth, maxBodyBytes).register(routes);
    }
}
