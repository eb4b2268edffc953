package dev.earshot.sources;

import static dev.earshot.sources.ScrobblerServer.LISTENER;
import static dev.earshot.sources.ScrobblerServer.json;
import static dev.earshot.support.HostileRequests.IDS;
import static dev.earshot.support.HostileRequests.INTERNALS;
import static dev.earshot.support.HostileRequests.NOT_UTF8;
import static dev.earshot.support.HostileRequests.NUMBERS;
import static dev.earshot.support.HostileRequests.WORDS;
import static dev.earshot.support.HostileRequests.splice;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.earshot.support.HostileRequests;
import dev.earshot.support.HostileRequests.Reply;
import dev.earshot.support.TempFolders;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The hostile corpus of web.HostileInputIT, from the same makings ({@link HostileRequests}), on the scrobbler
 * protocols: ListenBrainz, Last.fm 2.0, AudioScrobbler 1.2 and the Web Scrobbler webhook, each with a real key or
 * session so that the requests reach the protocol's own parsing. Every answer is in the protocol's format (a
 * scrobbler reads nothing else), never a 5xx, never names a library, class or engine; and the good listens of a
 * batch that holds a bad one are stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProtocolHostileInputIT {
    private static final List<String> LB = List.of("/1", "/apis/listenbrainz/1");
    private static final List<String> LASTFM = List.of("/2.0/", "/apis/audioscrobbler/2.0/");
    private static final String LEGACY = "/apis/audioscrobbler_legacy";
    private static final String WEBHOOK = "/v1/webhooks/web-scrobbler?key=";

    private Path dir;
    private ScrobblerServer s;
    private String sk;
    private String legacySession;
    private long now;

    enum Format { LISTENBRAINZ, LASTFM_XML, LASTFM_JSON, PLAIN_TEXT, EARSHOT_JSON }

    record Case(String name, Format format, String method, String target, String contentType, byte[] body,
                String... headers) {
        static Case of(Format format, String method, String target, String contentType, String body, String... headers) {
            return new Case(method + " " + shorten(target) + " " + shorten(body == null ? "" : body), format, method,
                    target, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
        }

        static Case raw(Format format, String target, String contentType, byte[] body, String... headers) {
            return new Case("POST " + shorten(target) + " not UTF-8 " + shorten(new String(body,
                    StandardCharsets.ISO_8859_1)), format, "POST", target, contentType, body, headers);
        }

        private static String shorten(String v) {
            String printable = v.replaceAll("\\p{Cntrl}", "?");
            return printable.length() <= 70 ? printable : printable.substring(0, 50) + "…(" + v.length() + " chars)";
        }
    }

    @BeforeAll
    void start() {
        dir = TempFolders.create("earshot-protocol-hostile");
        s = ScrobblerServer.start(dir);
        now = ScrobblerServer.NOW;
        sk = xmlValue(s.server.request("POST", "/2.0/", "method=auth.getMobileSession&username=" + LISTENER
                + "&password=" + s.key + "&api_key=x&api_sig=x", "Content-Type", FORM).body(), "key");
        String a = Md5.hex(Md5.hex(s.key) + now);
        legacySession = s.server.get(LEGACY + "/?hs=true&p=1.2&c=mdc&v=0.25&u=" + LISTENER + "&t=" + now + "&a=" + a)
                .body().lines().toList().get(1);
    }

    @AfterAll
    void stop() {
        s.close();
        TempFolders.delete(dir);
    }

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final java.util.regex.Pattern UNPARSEABLE =
            java.util.regex.Pattern.compile("^[^?]*(%00|%(?![0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}))");

    @TestFactory
    Stream<DynamicTest> everyHostileRequestIsAnsweredInTheProtocolsOwnFormatNamingNoInternals() {
        List<Case> cases = new ArrayList<>();
        listenBrainz(cases);
        lastfm(cases);
        legacy(cases);
        webhook(cases);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private void listenBrainz(List<Case> cases) {
        String token = "Token " + s.key;
        String listen = "{\"listened_at\":" + (now - 60) + ",\"track_metadata\":{\"artist_name\":\"A\","
                + "\"track_name\":\"%s\"}}";
        List<String> bodies = new ArrayList<>(List.of("", " ", "null", "[]", "{}", "42", "\"x\"", "{\"listen_type\":1}",
                "{\"listen_type\":\"single\"}", "{\"listen_type\":\"single\",\"payload\":{}}",
                "{\"listen_type\":\"single\",\"payload\":[]}", "{\"listen_type\":\"single\",\"payload\":[null]}",
                "{\"listen_type\":\"single\",\"payload\":[1]}", "{\"listen_type\":\"nope\",\"payload\":[{}]}",
                "{\"listen_type\":\"playing_now\",\"payload\":[" + listen.replace("%s", "T") + "]}",
                "{\"listen_type\":\"single\",\"payload\":[{\"track_metadata\":{}}]}",
                "{\"listen_type\":\"single\",\"payload\":[" + listen.replace("%s", "T\\u0000") + "]}",
                "{\"listen_type\":\"single\",\"payload\":[" + listen.replace("%s", "x".repeat(20_000)) + "]}",
                "{\"listen_type\":\"single\",\"payload\":[" + listen.replace("%s", "T") + "]",
                "{\"listen_type\":\"single\",\"listen_type\":\"import\",\"payload\":[" + listen.replace("%s", "T") + "]}",
                "[".repeat(50_000), "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000),
                "{\"listen_type\":\"single\",\"payload\":[{\"listened_at\":1,\"track_metadata\":"
                        + "{\"artist_name\":\"A\",\"track_name\":\"T\",\"additional_info\":" + "[".repeat(500)
                        + "]".repeat(500) + "}}]}"));
        for (String n : List.of("1e400", "-1e400", "-1", "0", "1.5", "NaN", "\"1700000000\"", "true", "[]", "{}",
                "99999999999999999999", "9223372036854775807", "-9223372036854775808", "9".repeat(2_000), "null")) {
            bodies.add("{\"listen_type\":\"single\",\"payload\":[{\"listened_at\":" + n + ",\"track_metadata\":"
                    + "{\"artist_name\":\"A\",\"track_name\":\"T\"}}]}");
            bodies.add("{\"listen_type\":\"single\",\"payload\":[{\"listened_at\":" + (now - 60) + ",\"track_metadata\":"
                    + "{\"artist_name\":\"A\",\"track_name\":\"T\",\"additional_info\":{\"duration_ms\":" + n
                    + ",\"duration\":" + n + "}}}]}");
        }
        for (String v : List.of("123", "true", "[]", "{}", "\"\"", "\"   \"", "\"\\ud800\"")) {
            bodies.add("{\"listen_type\":\"single\",\"payload\":[{\"listened_at\":" + (now - 60) + ",\"track_metadata\":"
                    + "{\"artist_name\":" + v + ",\"track_name\":\"T\"}}]}");
        }
        StringBuilder tooMany = new StringBuilder("{\"listen_type\":\"import\",\"payload\":[");
        for (int i = 0; i < 1_001; i++) {
            tooMany.append(i == 0 ? "" : ",").append(listen.replace("%s", "T" + i));
        }
        bodies.add(tooMany.append("]}").toString());
        for (String prefix : LB) {
            for (String b : bodies) {
                cases.add(Case.of(Format.LISTENBRAINZ, "POST", prefix + "/submit-listens", "application/json", b,
                        "Authorization", token));
            }
            for (byte[] bad : NOT_UTF8) {
                cases.add(Case.raw(Format.LISTENBRAINZ, prefix + "/submit-listens", "application/json",
                        splice("{\"listen_type\":\"single\",\"payload\":[" + listen + "]}", bad), "Authorization", token));
            }
            for (String auth : List.of("", "Token", "Token ", "Bearer " + s.key, "Token " + "x".repeat(5_000),
                    "Token " + s.key + "\u00e9", "token  " + s.key + " extra", "Basic YWxpY2U6eA==")) {
                cases.add(Case.of(Format.LISTENBRAINZ, "POST", prefix + "/submit-listens", "application/json",
                        "{\"listen_type\":\"single\",\"payload\":[" + listen.replace("%s", "T") + "]}",
                        "Authorization", auth));
            }
            for (String w : WORDS) {
                cases.add(Case.of(Format.LISTENBRAINZ, "GET", prefix + "/validate-token?token=" + w, null, null));
            }
            for (String id : IDS) {
                for (String what : List.of("listens", "playing-now", "listen-count")) {
                    cases.add(Case.of(Format.LISTENBRAINZ, "GET", prefix + "/user/" + id + "/" + what, null, null,
                            "Authorization", token));
                }
            }
            for (String n : NUMBERS) {
                for (String param : List.of("count", "min_ts", "max_ts")) {
                    cases.add(Case.of(Format.LISTENBRAINZ, "GET", prefix + "/user/" + LISTENER + "/listens?" + param
                            + "=" + n, null, null, "Authorization", token));
                }
            }
            for (String b : List.of("", "{}", "[]", "{\"score\":\"x\"}", "{\"score\":1e400,\"recording_msid\":1}",
                    "{\"score\":1,\"recording_mbid\":\"" + "x".repeat(5_000) + "\"}", "{\"score\":1}",
                    "{\"score\":2,\"recording_msid\":\"00000000-0000-0000-0000-000000000000\"}", "{")) {
                cases.add(Case.of(Format.LISTENBRAINZ, "POST", prefix + "/feedback/recording-feedback",
                        "application/json", b, "Authorization", token));
            }
        }
    }

    private void lastfm(List<Case> cases) {
        List<String> forms = new ArrayList<>(List.of("", "method=", "method=%zz", "method=" + "x".repeat(5_000),
                "method=user.getInfo", "method=auth.getMobileSession", "method=auth.getMobileSession&username=alice",
                "method=auth.getMobileSession&username=%00&password=%00",
                "method=auth.getMobileSession&username=alice&authToken=" + "f".repeat(32),
                "method=auth.getSession&token=%zz", "method=auth.getSession&token=" + "x".repeat(5_000),
                "method=auth.getToken&api_key=nope", "method=track.scrobble&sk=nope&artist=A&track=T&timestamp=1",
                "method=track.scrobble&sk=" + sk, "method=track.updateNowPlaying&sk=" + sk,
                "method=track.updateNowPlaying&sk=" + sk + "&artist=&track=",
                "method=track.love&sk=" + sk, "a=%&b=%2", "method=track.scrobble&sk=" + sk + "&artist[x]=A&track[x]=T",
                "method=track.scrobble&sk=" + sk + "&artist[99999999999999999999]=A&track[99999999999999999999]=T"
                        + "&timestamp[99999999999999999999]=" + (now - 60)));
        for (String n : NUMBERS) {
            forms.add("method=track.scrobble&sk=" + sk + "&artist[0]=A&track[0]=T&timestamp[0]=" + n);
            forms.add("method=track.scrobble&sk=" + sk + "&artist=A&track=T&timestamp=" + (now - 60) + "&duration=" + n);
            forms.add("method=track.updateNowPlaying&sk=" + sk + "&artist=A&track=T&duration=" + n);
        }
        for (String w : WORDS) {
            forms.add("method=track.scrobble&sk=" + w + "&artist=A&track=T&timestamp=" + (now - 60));
            forms.add("method=track.scrobble&sk=" + sk + "&artist=" + w + "&track=" + w + "&timestamp=" + (now - 60));
        }
        StringBuilder tooMany = new StringBuilder("method=track.scrobble&sk=" + sk);
        for (int i = 0; i < 51; i++) {
            tooMany.append("&artist[").append(i).append("]=A&track[").append(i).append("]=T").append("&timestamp[")
                    .append(i).append("]=").append(now - 60 - i);
        }
        forms.add(tooMany.toString());
        for (String prefix : LASTFM) {
            for (String f : forms) {
                cases.add(Case.of(Format.LASTFM_XML, "POST", prefix, FORM, f));
                cases.add(Case.of(Format.LASTFM_JSON, "POST", prefix, FORM, f + "&format=json"));
            }
            for (byte[] bad : NOT_UTF8) {
                cases.add(Case.raw(Format.LASTFM_XML, prefix, FORM, splice("method=track.scrobble&sk=" + sk
                        + "&artist=A&track=%s&timestamp=" + (now - 60), bad)));
            }
            cases.add(Case.of(Format.LASTFM_XML, "GET", prefix + "?method=%zz", null, null));
            cases.add(Case.of(Format.LASTFM_JSON, "GET", prefix + "?method=auth.getSession&token=%u0041&format=json",
                    null, null));
        }
    }

    private void legacy(List<Case> cases) {
        String a = Md5.hex(Md5.hex(s.key) + now);
        for (String n : NUMBERS) {
            cases.add(Case.of(Format.PLAIN_TEXT, "GET", LEGACY + "/?hs=true&p=1.2&c=mdc&v=0.25&u=" + LISTENER + "&t=" + n
                    + "&a=" + a, null, null));
            cases.add(Case.of(Format.PLAIN_TEXT, "POST", LEGACY + "/submission", FORM, "s=" + legacySession
                    + "&a[0]=A&t[0]=T&i[0]=" + n + "&l[0]=200"));
            cases.add(Case.of(Format.PLAIN_TEXT, "POST", LEGACY + "/submission", FORM, "s=" + legacySession
                    + "&a[0]=A&t[0]=T&i[0]=" + (now - 60) + "&l[0]=" + n));
            cases.add(Case.of(Format.PLAIN_TEXT, "POST", LEGACY + "/nowplaying", FORM, "s=" + legacySession
                    + "&a=A&t=T&l=" + n));
        }
        for (String id : IDS) {
            cases.add(Case.of(Format.PLAIN_TEXT, "GET", LEGACY + "/?hs=true&p=1.2&c=mdc&v=0.25&u=" + id + "&t=" + now
                    + "&a=" + a, null, null));
            cases.add(Case.of(Format.PLAIN_TEXT, "GET", "/?hs=true&p=1.2&c=mdc&v=0.25&u=" + id + "&t=" + now + "&a="
                    + id, null, null));
        }
        for (String w : WORDS) {
            cases.add(Case.of(Format.PLAIN_TEXT, "POST", LEGACY + "/submission", FORM, "s=" + w + "&a[0]=A&t[0]=T&i[0]="
                    + (now - 60)));
            cases.add(Case.of(Format.PLAIN_TEXT, "POST", LEGACY + "/nowplaying", FORM, "s=" + legacySession + "&a=" + w
                    + "&t=" + w));
        }
        for (String f : List.of("", "s=", "%", "s=%zz", "s=" + legacySession, "s=" + legacySession + "&a[0]=A",
                "s=" + legacySession + "&a[0]=&t[0]=&i[0]=", "s=" + legacySession + "&a[0]=A&t[0]=T",
                "s=" + legacySession + "&a[0]=" + "x".repeat(20_000) + "&t[0]=T&i[0]=" + (now - 60))) {
            cases.add(Case.of(Format.PLAIN_TEXT, "POST", LEGACY + "/submission", FORM, f));
            cases.add(Case.of(Format.PLAIN_TEXT, "POST", LEGACY + "/nowplaying", FORM, f));
        }
        for (byte[] bad : NOT_UTF8) {
            cases.add(Case.raw(Format.PLAIN_TEXT, LEGACY + "/submission", FORM, splice("s=" + legacySession
                    + "&a[0]=A&t[0]=%s&i[0]=" + (now - 60), bad)));
        }
        for (String q : List.of("", "?hs=true", "?hs=true&u=alice", "?hs=false&u=alice&t=1&a=x", "?hs=%zz",
                "?hs=true&p=1.2&u=alice&t=" + now + "&a=%00")) {
            cases.add(Case.of(Format.PLAIN_TEXT, "GET", LEGACY + "/" + q, null, null));
        }
    }

    private void webhook(List<Case> cases) {
        String song = "{\"song\":{\"parsed\":{\"track\":\"%s\",\"artist\":\"A\",\"duration\":200},\"metadata\":"
                + "{\"startTimestamp\":" + now + "},\"connector\":{\"id\":\"spotify\"}}}";
        List<String> bodies = new ArrayList<>(List.of("", "null", "[]", "{}", "{\"eventName\":1}",
                "{\"eventName\":\"nowplaying\"}", "{\"eventName\":\"nowplaying\",\"data\":[]}",
                "{\"eventName\":\"nope\",\"data\":" + song.replace("%s", "T") + "}",
                "{\"eventName\":\"scrobble\",\"data\":{\"songs\":[null,1]}}",
                "{\"eventName\":\"nowplaying\",\"data\":" + song.replace("%s", "") + "}",
                "[".repeat(50_000), "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000)));
        for (String n : List.of("1e400", "-1", "NaN", "\"x\"", "99999999999999999999", "9223372036854775807", "[]")) {
            bodies.add("{\"eventName\":\"paused\",\"time\":" + n + ",\"data\":" + song.replace("%s", "T") + "}");
            bodies.add("{\"eventName\":\"scrobble\",\"data\":" + song.replace("%s", "T").replace("\"startTimestamp\":"
                    + now, "\"startTimestamp\":" + n) + "}");
            bodies.add("{\"eventName\":\"nowplaying\",\"data\":" + song.replace("%s", "T").replace("\"duration\":200",
                    "\"duration\":" + n) + "}");
        }
        for (String b : bodies) {
            cases.add(Case.of(Format.EARSHOT_JSON, "POST", WEBHOOK + s.key, "application/json", b));
        }
        for (String w : WORDS) {
            cases.add(Case.of(Format.EARSHOT_JSON, "POST", WEBHOOK + w, "application/json",
                    "{\"eventName\":\"nowplaying\",\"data\":" + song.replace("%s", "T") + "}"));
        }
        for (byte[] bad : NOT_UTF8) {
            cases.add(Case.raw(Format.EARSHOT_JSON, WEBHOOK + s.key, "application/json",
                    splice("{\"eventName\":\"nowplaying\",\"data\":" + song + "}", bad)));
        }
    }

    private void check(Case c) throws Exception {
        Reply r = HostileRequests.send(s.server.earshot().port(), c.method(), c.target(), c.contentType(), c.body(),
                c.headers());
        assertThat(r.status()).as("%s answered %d: %s", c.name(), r.status(), r.bodyStart()).isBetween(200, 499);
        assertThat(r.body()).as("%s: %s", c.name(), r.bodyStart()).doesNotContainPattern(INTERNALS);
        // A request line the HTTP parser refuses (too long, a broken escape or NUL in the path) has no path yet, so no
        // protocol: it gets the server's own JSON. No client sends one; every request that parses gets its protocol.
        Format format = r.status() == 414 || (r.status() == 400 && UNPARSEABLE.matcher(c.target()).find())
                ? Format.EARSHOT_JSON : c.format();
        switch (format) {
            case LISTENBRAINZ -> {
                assertThat(r.contentType()).as(c.name()).startsWith("application/json");
                JsonNode body = json(r.body());
                if (r.status() >= 400) {
                    assertThat(body.path("code").asInt()).as("%s: %s", c.name(), r.body()).isEqualTo(r.status());
                    assertThat(body.path("error").asText()).as("%s: %s", c.name(), r.body()).isNotBlank();
                }
            }
            case LASTFM_XML -> {
                assertThat(r.contentType()).as(c.name()).contains("xml");
                assertThat(r.body()).as("%s: %s", c.name(), r.bodyStart()).contains("<lfm status=\"");
            }
            case LASTFM_JSON -> {
                assertThat(r.contentType()).as(c.name()).startsWith("application/json");
                JsonNode body = json(r.body());
                if (body.has("error")) {
                    assertThat(body.path("error").asInt()).as("%s: %s", c.name(), r.body()).isPositive();
                    assertThat(body.path("message").asText()).as("%s: %s", c.name(), r.body()).isNotBlank();
                }
            }
            case PLAIN_TEXT -> {
                assertThat(r.contentType()).as(c.name()).startsWith("text/plain");
                assertThat(r.body()).as("%s: %s", c.name(), r.bodyStart())
                        .containsPattern("^(OK|BADAUTH|BADTIME|BADSESSION|FAILED .+)\n");
            }
            case EARSHOT_JSON -> {
                assertThat(r.contentType()).as(c.name()).startsWith("application/json");
                JsonNode body = json(r.body());
                if (r.status() >= 400) {
                    assertThat(body.path("error").path("message").asText()).as("%s: %s", c.name(), r.body()).isNotBlank();
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    @Test
    void theGoodScrobblesOfALastfmBatchAreStoredBesideTheBadOnes() {
        String form = "method=track.scrobble&sk=" + sk + "&artist[0]=Good&track[0]=First&timestamp[0]=" + (now - 900)
                + "&artist[1]=Bad&track[1]=Garbled&timestamp[1]=soon"
                + "&artist[2]=Bad&track[2]=Far&timestamp[2]=99999999999999"
                + "&artist[3]=Good&track[3]=Second&timestamp[3]=" + (now - 600);
        String reply = s.server.request("POST", "/2.0/", form, "Content-Type", FORM).body();
        assertThat(reply).contains("accepted=\"2\"").contains("ignored=\"2\"");
        assertThat(titles()).contains("First", "Second").doesNotContain("Garbled", "Far");
    }

    @Test
    void theGoodListensOfAnAudioscrobblerSubmissionAreStoredBesideTheBadOnes() {
        String form = "s=" + legacySession + "&a[0]=Good&t[0]=Third&i[0]=" + (now - 400) + "&l[0]=200"
                + "&a[1]=Bad&t[1]=NoTime&i[1]=x&l[1]=200&a[2]=Bad&t[2]=Later&i[2]=" + (now + 86_400 * 365)
                + "&a[3]=Good&t[3]=Fourth&i[3]=" + (now - 200) + "&l[3]=200";
        assertThat(s.server.request("POST", LEGACY + "/submission", form, "Content-Type", FORM).body()).isEqualTo("OK\n");
        assertThat(titles()).contains("Third", "Fourth").doesNotContain("NoTime", "Later");
    }

    @Test
    void eventsSayWhichProtocolBroughtThem() {
        long t = now - 3_000;
        s.server.request("POST", "/1/submit-listens", "{\"listen_type\":\"single\",\"payload\":[{\"listened_at\":" + t
                + ",\"track_metadata\":{\"artist_name\":\"Src\",\"track_name\":\"Via ListenBrainz\"}}]}",
                "Authorization", "Token " + s.key, "Content-Type", "application/json");
        s.server.request("POST", "/2.0/", "method=track.scrobble&sk=" + sk + "&artist=Src&track="
                + URLEncoder.encode("Via Last.fm", StandardCharsets.UTF_8) + "&timestamp=" + (t + 300), "Content-Type", FORM);
        s.server.request("POST", LEGACY + "/submission", "s=" + legacySession + "&a[0]=Src&t[0]=Via+AS&i[0]=" + (t + 600)
                + "&l[0]=200", "Content-Type", FORM);
        s.server.request("POST", WEBHOOK + s.key, "{\"eventName\":\"nowplaying\",\"data\":{\"song\":{\"parsed\":"
                + "{\"track\":\"Via webhook\",\"artist\":\"Src\",\"duration\":200},\"metadata\":{\"startTimestamp\":"
                + (t + 900) + "}}}}", "Content-Type", "application/json");
        List<String> sources = new ArrayList<>();
        for (JsonNode e : s.events(LISTENER)) {
            if (e.path("track").path("artist").asText().equals("Src") || e.path("track_id").asText().contains("src")) {
                sources.add(e.path("source").asText());
            }
        }
        assertThat(sources).contains("listenbrainz", "lastfm", "audioscrobbler", "web_scrobbler")
                .doesNotContain("api", "");
    }

    private List<String> titles() {
        List<String> out = new ArrayList<>();
        for (JsonNode e : s.events(LISTENER)) {
            out.add(e.path("track").path("title").asText());
        }
        return out;
    }

    private static String xmlValue(String xml, String element) {
        int start = xml.indexOf("<" + element + ">");
        int end = xml.indexOf("</" + element + ">", start);
        assertThat(start).as(xml).isNotNegative();
        return xml.substring(start + element.length() + 2, end);
    }
}
