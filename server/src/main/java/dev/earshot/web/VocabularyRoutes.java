package dev.earshot.web;

import dev.earshot.event.Platform;
import dev.earshot.event.WireEnum;
import dev.earshot.vocab.Genre;
import dev.earshot.vocab.ListeningContext;
import dev.earshot.vocab.Mood;
import io.javalin.config.RoutesConfig;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * GET /v1/vocabulary: the values Earshot speaks of (platforms, genres, moods, listening contexts) in their wire
 * form, so that the dashboard's pickers and forms offer exactly what the API accepts instead of a copy of it.
 */
final class VocabularyRoutes {
    void register(RoutesConfig routes) {
        Map<String, List<String>> vocabulary = Map.of(
                "platforms", wire(Platform.values()),
                "genres", wire(Genre.values()),
                "moods", wire(Mood.values()),
                "contexts", wire(ListeningContext.values()));
        routes.get("/v1/vocabulary", ctx -> ctx.json(vocabulary));
    }

    private static List<String> wire(WireEnum[] values) {
        return Arrays.stream(values).map(WireEnum::wire).toList();
    }
}
