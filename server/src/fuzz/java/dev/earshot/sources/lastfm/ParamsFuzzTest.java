package dev.earshot.sources.lastfm;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.earshot.support.CleanMessages;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Any query string and form body as a Last.fm call's parameters ({@link Params} over the shared
 * {@code FormParams}, which the AudioScrobbler routes read too): parameters, or Last.fm's error 6 (400) whose
 * message names no internals. Any other exception would escape as a 500.
 */
class ParamsFuzzTest {
    private static final List<String> NAMES = List.of("method", "api_key", "sk", "api_sig", "artist", "track",
            "timestamp", "artist[0]", "track[0]", "timestamp[0]", "duration", "s", "a[0]", "t[0]", "i[0]");

    // Jazzer 0.24 takes a fuzzing run's length only from here (no property or configuration parameter).
    @FuzzTest(maxDuration = "60s")
    void read(FuzzedDataProvider data) {
        String query = data.consumeString(200);
        byte[] body = data.consumeRemainingAsBytes();
        String input = query + new String(body, StandardCharsets.UTF_8);
        Params p;
        try {
            p = Params.of(query, body);
        } catch (LastfmError e) {
            if (e.code != 6 || e.httpStatus() != 400) {
                throw new AssertionError("error " + e.code + ": " + e.getMessage());
            }
            CleanMessages.check(e.getMessage(), input);
            return;
        }
        for (String name : NAMES) {
            String v = p.get(name);
            if ((v != null) != p.has(name) || (v != null && v.isEmpty())) {
                throw new AssertionError("get and has disagree on " + name);
            }
            try {
                p.required(name);
            } catch (LastfmError missing) {
                if (v != null || missing.code != 6) {
                    throw new AssertionError("required(" + name + ") refused with " + missing.code);
                }
            }
        }
    }
}
