package dev.earshot.web;

import io.javalin.config.RoutesConfig;
import java.util.Set;

/**
 * On the lake ({@code serve --lake}) nothing is written: every request but a read is refused with 405 and
 * {@code read_only_lake} before any route reads its body — in JSON, or in a scrobbler protocol's own format on its
 * paths (through {@link ErrorMapping}). Every read route of the API is a GET.
 */
final class ReadOnlyRoutes {
    static final String CODE = "read_only_lake";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    void register(RoutesConfig routes) {
        routes.before(ctx -> {
            if (!READS.contains(ctx.method().name())) {
                ctx.header("Allow", "GET, HEAD");
                throw new ApiException(405, CODE, "this server shows a read-only lake of events and takes no writes:"
                        + " send events, imports and changes to an ingest server");
            }
        });
    }
}
