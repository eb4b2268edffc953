package dev.earshot.sources;

import static dev.earshot.sources.ScrobblerServer.LISTENER;
import static dev.earshot.sources.ScrobblerServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The ListenBrainz API replayed as each named client sends it, from its own source:
 * Navidrome adapters/listenbrainz/client.go (+ tests/fixtures/listenbrainz.*.request.json),
 * Pano Scrobbler composeApp/.../api/listenbrainz/ListenBrainz.kt, Web Scrobbler
 * src/core/scrobbler/listenbrainz/listenbrainz-scrobbler.ts, and Jellyfin's ListenBrainz plugin (see its test).
 */
class ListenBrainzIT extends ScrobblerCase {
    private HttpResponse<String> navidrome(String method, String path, String body) {
        // client.go makeAuthenticatedRequest: JSON body (validate-token too: "{}"), this Content-Type, "Token KEY".
        return s.server.request(method, path, body, "Content-Type", "application/json; charset=UTF-8",
                "Authorization", "Token " + s.key);
    }

    private HttpResponse<String> pano(String method, String path, String body) {
        // ListenBrainz.kt commonReq(): apiRoot + "1/" + path, header "token KEY" (lower case).
        return body == null ? s.server.request(method, path, null, "Authorization", "token " + s.key)
                : s.server.request(method, path, body, "Content-Type", "application/json", "Authorization", "token " + s.key);
    }

    private static String navidromeListen(String type, Long listenedAt) {
        // tests/fixtures/listenbrainz.scrobble.request.json and listenbrainz.nowplaying.request.json
        return "{\"listen_type\":\"" + type + "\",\"payload\":[{" + (listenedAt == null ? "" : "\"listened_at\":"
                + listenedAt + ",") + "\"track_metadata\":{\"artist_name\":\"Track Artist\",\"track_name\":\"Track Title\","
                + "\"release_name\":\"Track Album\",\"additional_info\":{\"submission_client\":\"Navidrome\","
                + "\"submission_client_version\":\"0.53.0\",\"tracknumber\":1,\"recording_mbid\":\"mbz-123\","
                + "\"artist_names\":[\"Artist 1\",\"Artist 2\"],\"artist_mbids\":[\"mbz-789\",\"mbz-012\"],"
                + "\"release_mbid\":\"mbz-456\",\"duration_ms\":142200}}}]}";
    }

    @Test
    void navidromeValidatesItsTokenThenNowPlayingThenTheScrobbleMakeOnePlayAndOneComplete() {
        String base = "/apis/listenbrainz/1/";
        HttpResponse<String> valid = navidrome("GET", base + "validate-token", "{}");
        assertThat(valid.statusCode()).isEqualTo(200);
        assertThat(json(valid.body())).isEqualTo(json("{\"code\":200,\"message\":\"Token valid.\",\"valid\":true,"
                + "\"user_name\":\"" + LISTENER + "\"}"));

        HttpResponse<String> playing = navidrome("POST", base + "submit-listens", navidromeListen("playing_now", null));
        assertThat(json(playing.body()).path("status").asText()).as(playing.body()).isEqualTo("ok");
        assertThat(s.types(LISTENER)).containsExactly("play");
        JsonNode shown = json(navidrome("GET", base + "user/" + LISTENER + "/playing-now", null).body()).path("payload");
        assertThat(shown.path("count").asInt()).isEqualTo(1);
        assertThat(shown.path("listens").get(0).path("track_metadata").path("track_name").asText()).isEqualTo("Track Title");

        HttpResponse<String> scrobble = navidrome("POST", base + "submit-listens", navidromeListen("single", now - 5));
        assertThat(json(scrobble.body())).isEqualTo(json("{\"status\":\"ok\"}"));
        assertThat(s.types(LISTENER)).containsExactly("play", "complete");
        JsonNode stored = s.events(LISTENER).stream().filter(e -> e.path("event_type").asText().equals("complete"))
                .findFirst().orElseThrow();
        assertThat(stored.path("track_id").asText()).startsWith("earshot:track:");
        assertThat(stored.path("platform").asText()).isEqualTo("other");
        assertThat(stored.path("track").path("artist").asText()).isEqualTo("Track Artist");

        // Navidrome retries a listen whose answer did not arrive: it is stored once.
        navidrome("POST", base + "submit-listens", navidromeListen("single", now - 5));
        assertThat(s.types(LISTENER)).containsExactly("play", "complete");

        JsonNode listens = json(navidrome("GET", "/1/user/" + LISTENER + "/listens", null).body()).path("payload");
        assertThat(listens.path("count").asInt()).isEqualTo(1);
        JsonNode listen = listens.path("listens").get(0);
        assertThat(listen.path("listened_at").asLong()).isEqualTo(now - 5);
        assertThat(listen.path("track_metadata").path("artist_name").asText()).isEqualTo("Track Artist");
        assertThat(listen.path("track_metadata").path("release_name").asText()).isEqualTo("Track Album");
        assertThat(listens.path("latest_listen_ts").asLong()).isEqualTo(now - 5);
        assertThat(json(navidrome("GET", "/1/user/" + LISTENER + "/listen-count", null).body())
                .path("payload").path("count").asLong()).isEqualTo(1);
    }

    @Test
    void panoScrobblerGetsItsUserNameTheMsidOfNowPlayingAndLovesByMsid() {
        HttpResponse<String> valid = s.server.request("GET", "/1/validate-token", null, "Content-Type",
                "application/json", "Authorization", "token " + s.key);
        assertThat(json(valid.body()).path("user_name").asText()).isEqualTo(LISTENER);

        String np = "{\"listen_type\":\"playing_now\",\"payload\":[{\"track_metadata\":{\"artist_name\":\"Björk\","
                + "\"release_name\":\"Homogenic\",\"track_name\":\"Jóga\",\"additional_info\":{\"duration_ms\":305000,"
                + "\"submission_client\":\"Pano Scrobbler\",\"submission_client_version\":\"3.9\"}}}]}";
        HttpResponse<String> playing = pano("POST", "/1/submit-listens?return_msid=true", np);
        String msid = json(playing.body()).path("recording_msid").asText();
        assertThat(msid).hasSize(36);

        String scrobble = "{\"listen_type\":\"single\",\"payload\":[{\"listened_at\":" + (now - 20) + ",\"track_metadata\":"
                + "{\"artist_name\":\"Björk\",\"release_name\":\"Homogenic\",\"track_name\":\"Jóga\",\"additional_info\":"
                + "{\"duration_ms\":305000,\"submission_client\":\"Pano Scrobbler\",\"submission_client_version\":\"3.9\"}}}]}";
        assertThat(pano("POST", "/1/submit-listens", scrobble).statusCode()).isEqualTo(200);
        HttpResponse<String> love = pano("POST", "/1/feedback/recording-feedback",
                "{\"recording_mbid\":null,\"recording_msid\":\"" + msid + "\",\"score\":1}");
        assertThat(json(love.body()).path("status").asText()).as(love.body()).isEqualTo("ok");

        assertThat(s.types(LISTENER)).containsExactlyInAnyOrder("play", "complete", "like");
        assertThat(s.events(LISTENER)).extracting(e -> e.path("track_id").asText()).containsOnly(
                dev.earshot.catalog.TrackIdentity.of("Björk", "Jóga"));
        JsonNode count = json(pano("GET", "/1/user/" + LISTENER + "/listen-count", null).body());
        assertThat(count.path("payload").path("count").asInt()).isEqualTo(1);
        JsonNode page = json(pano("GET", "/1/user/" + LISTENER + "/listens?max_ts=" + (now + 60) + "&count=25", null).body());
        assertThat(page.path("payload").path("listens").get(0).path("recording_msid").asText()).isEqualTo(msid);
    }

    @Test
    void webScrobblerPostsToTheFullSubmitUrlWithADurationInSecondsAndItsService() {
        // listenbrainz-scrobbler.ts makeTrackMetadata(): duration in seconds, music_service_name = connector label.
        String body = "{\"listen_type\":\"import\",\"payload\":[{\"listened_at\":" + (now - 600) + ",\"track_metadata\":"
                + "{\"artist_name\":\"Daft Punk\",\"track_name\":\"One More Time\",\"additional_info\":{\"submission_client\":"
                + "\"Web Scrobbler\",\"submission_client_version\":\"3.14.0\",\"music_service_name\":\"Spotify\","
                + "\"origin_url\":\"https://open.spotify.com/track/0DiWol3AO6WpXZgp0goxAV\",\"spotify_id\":"
                + "\"https://open.spotify.com/track/0DiWol3AO6WpXZgp0goxAV\",\"duration\":320},\"release_name\":\"Discovery\"}},"
                + "{\"listened_at\":" + (now - 280) + ",\"track_metadata\":{\"artist_name\":\"Dua Lipa\",\"track_name\":"
                + "\"Levitating\",\"additional_info\":{\"submission_client\":\"Web Scrobbler\",\"music_service_name\":"
                + "\"YouTube Music\",\"origin_url\":\"https://music.youtube.com/watch?v=TUVcZfQe-Kw\",\"duration\":203}}}]}";
        HttpResponse<String> r = s.server.request("POST", "/1/submit-listens", body, "Content-Type",
                "application/json; charset=UTF-8", "Authorization", "Token " + s.key);
        assertThat(json(r.body()).path("status").asText()).as(r.body()).isEqualTo("ok");
        assertThat(s.events(LISTENER)).extracting(e -> e.path("event_type").asText() + "/" + e.path("platform").asText())
                .containsExactlyInAnyOrder("play/spotify", "complete/spotify", "play/youtube_music", "complete/youtube_music");
        assertThat(s.events(LISTENER)).filteredOn(e -> e.path("event_type").asText().equals("complete")
                && e.path("platform").asText().equals("spotify")).singleElement()
                .satisfies(e -> assertThat(e.path("ms_played").asLong()).isEqualTo(320_000));
    }

    /**
     * lyarenei/jellyfin-plugin-listenbrainz src/Jellyfin.Plugin.ListenBrainz.Api/BaseApiClient.cs: POST
     * {baseUrl}/1/{endpoint}, "Authorization: token KEY", the request object serialised snake_case by Newtonsoft
     * (Models/Requests/SubmitListensRequest.cs: so api_token, endpoint and base_url travel in the body too;
     * Models/AdditionalInfo.cs: tracknumber, media_player, duration_ms, the MBIDs). Its offline cache is resubmitted
     * as an import when the server is back, and favourites are sent as recording feedback by MBID.
     */
    private String jellyfinBody(String type, String listens) {
        return "{\"api_token\":\"" + s.key + "\",\"endpoint\":\"submit-listens\",\"base_url\":\"http://earshot\","
                + "\"listen_type\":\"" + type + "\",\"payload\":[" + listens + "]}";
    }

    private static String jellyfinListen(long at, String title, String mbid) {
        return "{\"listened_at\":" + at + ",\"track_metadata\":{\"artist_name\":\"Artist\",\"track_name\":\"" + title
                + "\",\"release_name\":\"Album\",\"additional_info\":{\"artist_mbids\":[\"a-1\"],\"release_mbid\":\"r-1\","
                + "\"recording_mbid\":\"" + mbid + "\",\"tracknumber\":2,\"media_player\":\"Jellyfin\",\"media_player_version\":"
                + "\"10.10.3\",\"submission_client\":\"ListenBrainz plugin for Jellyfin\",\"submission_client_version\":\"5.1.0.0\","
                + "\"duration_ms\":120000}}}";
    }

    private HttpResponse<String> jellyfin(String path, String body) {
        return s.server.request("POST", path, body, "Content-Type", "application/json; charset=utf-8",
                "Authorization", "token " + s.key);
    }

    @Test
    void jellyfinResubmittingItsOfflineCacheStoresEachListenOnceAndItsFavouriteIsALike() {
        String a = jellyfinListen(now - 900, "A", "rec-a");
        String b = jellyfinListen(now - 600, "B", "rec-b");
        String c = jellyfinListen(now - 300, "C", "rec-c");
        assertThat(jellyfin("/1/submit-listens", jellyfinBody("import", a + "," + b)).statusCode()).isEqualTo(200);
        assertThat(jellyfin("/1/submit-listens", jellyfinBody("import", a + "," + b + "," + c)).statusCode()).isEqualTo(200);
        assertThat(s.types(LISTENER)).hasSize(6);
        assertThat(json(navidrome("GET", "/1/user/" + LISTENER + "/listen-count", null).body())
                .path("payload").path("count").asInt()).isEqualTo(3);

        HttpResponse<String> love = jellyfin("/1/feedback/recording-feedback", "{\"api_token\":\"" + s.key
                + "\",\"endpoint\":\"feedback/recording-feedback\",\"recording_mbid\":\"rec-b\",\"score\":1}");
        assertThat(json(love.body()).path("status").asText()).as(love.body()).isEqualTo("ok");
        JsonNode like = s.events(LISTENER).stream().filter(e -> e.path("event_type").asText().equals("like")).findFirst()
                .orElseThrow();
        assertThat(like.path("track_id").asText()).isEqualTo(dev.earshot.catalog.TrackIdentity.of("Artist", "B"));
    }

    private static String listen(long at, String title) {
        return "{\"listened_at\":" + at + ",\"track_metadata\":{\"artist_name\":\"Artist\",\"track_name\":\"" + title
                + "\",\"additional_info\":{\"duration_ms\":120000}}}";
    }

    @Test
    void refusesWhatListenBrainzRefusesInItsOwnErrorShape() {
        StringBuilder many = new StringBuilder("{\"listen_type\":\"import\",\"payload\":[");
        for (int i = 0; i < 1001; i++) {
            many.append(i == 0 ? "" : ",").append(listen(now - 10_000 + i, "T" + i));
        }
        assertRefused(navidrome("POST", "/1/submit-listens", many.append("]}").toString()), 400);
        String big = "{\"listen_type\":\"single\",\"payload\":[{\"listened_at\":" + now + ",\"track_metadata\":"
                + "{\"artist_name\":\"A\",\"track_name\":\"T\",\"additional_info\":{\"x\":\"" + "y".repeat(10_300) + "\"}}}]}";
        assertRefused(navidrome("POST", "/1/submit-listens", big), 400);
        assertRefused(navidrome("POST", "/1/submit-listens", "{\"listen_type\":\"single\",\"payload\":["
                + listen(now + 7200, "future") + "]}"), 400);
        assertRefused(navidrome("POST", "/1/submit-listens", "{\"listen_type\":\"single\",\"payload\":["
                + listen(now, "nul\\u0000") + "]}"), 400);
        assertRefused(navidrome("POST", "/1/submit-listens", "{\"listen_type\":\"single\",\"payload\":["
                + listen(now, "a") + "," + listen(now, "b") + "]}"), 400);
        assertRefused(navidrome("POST", "/1/submit-listens", "not json"), 400);
        assertRefused(s.server.request("POST", "/1/submit-listens", "{}", "Authorization", "Token nope"), 401);
        assertRefused(s.server.request("POST", "/1/submit-listens", "{}"), 401);
        String unbound = s.newKey("ingest", null);
        assertRefused(s.server.request("POST", "/1/submit-listens", "{\"listen_type\":\"single\",\"payload\":["
                + listen(now, "x") + "]}", "Authorization", "Token " + unbound), 401);
        assertThat(s.types(LISTENER)).isEmpty();

        // Within the hour ahead ListenBrainz allows, and with no Content-Type (Music Assistant sends none).
        HttpResponse<String> soon = s.server.request("POST", "/1/submit-listens", "{\"listen_type\":\"single\","
                + "\"payload\":[" + listen(now + 1800, "soon") + "]}", "Authorization", "TOKEN " + s.key);
        assertThat(soon.statusCode()).as(soon.body()).isEqualTo(200);
    }

    @Test
    void validateTokenAnswersAsListenBrainzDoes() {
        assertThat(json(s.server.get("/1/validate-token?token=" + s.key).body()).path("user_name").asText())
                .isEqualTo(LISTENER);
        HttpResponse<String> wrong = s.server.request("GET", "/1/validate-token", null, "Authorization", "Token wrong");
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(json(wrong.body())).isEqualTo(json("{\"code\":200,\"message\":\"Token invalid.\",\"valid\":false}"));
        assertRefused(s.server.get("/1/validate-token"), 401);
    }

    @Test
    void readsNeedAKeyOfTheListenerOrWithReadScopeOnceKeysAreRequired() {
        assertRefused(s.server.get("/1/user/" + LISTENER + "/listens"), 401);
        String other = s.newKey("ingest", "bob");
        assertRefused(s.server.request("GET", "/1/user/" + LISTENER + "/listens", null, "Authorization", "Token " + other), 401);
        String reader = s.newKey("read", null);
        assertThat(s.server.request("GET", "/1/user/" + LISTENER + "/listens", null, "Authorization", "Token " + reader)
                .statusCode()).isEqualTo(200);
    }

    private static void assertRefused(HttpResponse<String> r, int code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(code);
        JsonNode body = json(r.body());
        assertThat(body.path("code").asInt()).isEqualTo(code);
        assertThat(body.path("error").asText()).isNotBlank();
    }
}
