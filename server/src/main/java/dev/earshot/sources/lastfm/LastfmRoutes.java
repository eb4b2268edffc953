package dev.earshot.sources.lastfm;

import dev.earshot.event.EventType;
import dev.earshot.event.Platform;
import dev.earshot.auth.RateLimitedException;
import dev.earshot.sources.Bodies;
import dev.earshot.sources.Listen;
import dev.earshot.sources.ListenTimes;
import dev.earshot.sources.Listener;
import dev.earshot.sources.ListenerAuth;
import dev.earshot.sources.Md5;
import dev.earshot.sources.NotAllowedException;
import dev.earshot.sources.RefusedException;
import dev.earshot.sources.Scrobbles;
import dev.earshot.sources.Song;
import dev.earshot.sources.SongCheck;
import dev.earshot.sources.Transient;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Last.fm 2.0 scrobbling API at {@code /2.0/} and {@code /apis/audioscrobbler/2.0/}: sessions
 * ({@code auth.getMobileSession} with the key as password, or {@code authToken = md5(username + md5(key))};
 * {@code auth.getToken} + {@code auth.getSession}), {@code track.updateNowPlaying}, {@code track.scrobble} (up to
 * 50, indexed {@code artist[i]} or plain), {@code track.love}/{@code unlove}. {@code api_sig} is not checked: the
 * shared secret is public in every open-source client, and no self-hosted server checks it (DESIGN §6).
 */
public final class LastfmRoutes {
    static final String[] PATHS = {"/2.0", "/2.0/", "/apis/audioscrobbler/2.0", "/apis/audioscrobbler/2.0/"};
    static final String SESSION_SALT = "lastfm-session";
    static final int MAX_SCROBBLES = 50;
    private static final Logger LOG = LoggerFactory.getLogger(LastfmRoutes.class);

    private final Scrobbles scrobbles;
    private final ListenerAuth auth;
    private final long maxBodyBytes;
    private final AuthTokens tokens = new AuthTokens();

    public LastfmRoutes(Scrobbles scrobbles, ListenerAuth auth, long maxBodyBytes) {
        this.scrobbles = scrobbles;
        this.auth = auth;
        this.maxBodyBytes = maxBodyBytes;
    }

    public void register(RoutesConfig routes) {
        for (String p : PATHS) {
            routes.post(p, this::call);
            routes.get(p, this::call);
        }
    }

    private void call(Context ctx) {
        boolean json = "json".equalsIgnoreCase(ctx.queryParam("format"));
        LastfmReply reply;
        try {
            byte[] body = ctx.method().name().equals("POST") ? Bodies.read(ctx, maxBodyBytes) : new byte[0];
            // Before parsing, so that a form too garbled to parse is still refused in the format it asked for.
            json = json || asksForJson(body);
            Params p = Params.of(ctx.queryString(), body);
            json = "json".equalsIgnoreCase(p.get("format"));
            reply = dispatch(p, json);
        } catch (LastfmError e) {
            reply = failed(ctx, json, e.httpStatus(), e.code, e.getMessage());
        } catch (NotAllowedException e) {
            reply = failed(ctx, json, 403, 9, "Invalid session key - Please re-authenticate: " + e.getMessage());
        } catch (RateLimitedException e) {
            ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            reply = failed(ctx, json, 429, 29, "Rate limit exceeded - " + e.getMessage());
        } catch (RefusedException e) {
            reply = failed(ctx, json, e.status(), 6, "Invalid parameters - " + e.getMessage());
        } catch (RuntimeException e) {
            if (!Transient.is(e)) {
                LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                reply = failed(ctx, json, 500, 8, "Operation failed - Something else went wrong");
            } else {
                ctx.header("Retry-After", Integer.toString(Transient.RETRY_AFTER_SECONDS));
                reply = failed(ctx, json, 503, 16, "The service is temporarily unavailable, please try again. "
                        + Transient.message(e));
            }
        }
        ctx.contentType(reply.contentType).result(reply.body);
    }

    private static boolean asksForJson(byte[] body) {
        String form = "&" + new String(body, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
        return form.contains("&format=json");
    }

    private static LastfmReply failed(Context ctx, boolean json, int status, int code, String message) {
        ctx.status(status);
        return LastfmReply.error(json, code, message);
    }

    private LastfmReply dispatch(Params p, boolean json) {
        String method = p.required("method");
        return switch (method.toLowerCase(java.util.Locale.ROOT)) {
            case "auth.getmobilesession" -> session(json, mobileSession(p));
            case "auth.gettoken" -> LastfmReply.token(json, tokens.issue(apiKeyListener(p), scrobbles.now()));
            case "auth.getsession" -> session(json, tokens.redeem(p.required("token"), scrobbles.now())
                    .orElseThrow(() -> new LastfmError(15, "Unauthorized Token - This token has expired or was used")));
            case "track.updatenowplaying" -> nowPlaying(p, json);
            case "track.scrobble" -> scrobble(p, json);
            case "track.love", "track.unlove" -> love(p, json, method.toLowerCase(java.util.Locale.ROOT).endsWith(".love"));
            default -> throw new LastfmError(3, "Invalid Method - No method with that name in this package: " + method);
        };
    }

    private LastfmReply session(boolean json, Listener who) {
        return LastfmReply.session(json, who.userId(), auth.sessionFor(who, SESSION_SALT));
    }

    /** Either the key as the password, or Last.fm's mobile token md5(username + md5(password)). */
    private Listener mobileSession(Params p) {
        String username = p.required("username");
        if (p.has("password")) {
            // Matched as the challenge is, so that the username is the key's listener however user ids are kept.
            String md5 = Md5.hex(p.get("password").strip());
            return auth.byChallenge(username, md5::equals)
                    .orElseThrow(() -> new LastfmError(4, "Authentication Failed - the password is not a key bound to "
                            + username));
        }
        String token = p.required("authToken").toLowerCase(java.util.Locale.ROOT);
        return auth.byChallenge(username, md5 -> Md5.hex(username + md5).equals(token))
                .orElseThrow(() -> new LastfmError(4, "Authentication Failed - Invalid username or password"));
    }

    private Listener apiKeyListener(Params p) {
        try {
            return auth.bySecret(p.required("api_key"));
        } catch (NotAllowedException e) {
            throw new LastfmError(10, "Invalid API key - use your Earshot key as the API key: " + e.getMessage());
        }
    }

    private Listener listener(Params p) {
        return auth.bySession(p.required("sk"), SESSION_SALT);
    }

    private LastfmReply nowPlaying(Params p, boolean json) {
        Listener who = listener(p);
        Song song = song(p, "");
        String why = SongCheck.problem(song);
        if (why != null) {
            return LastfmReply.nowPlaying(json, echo(song, null, song.artist() == null ? 1 : 2, why));
        }
        scrobbles.nowPlaying(who, song, Platform.OTHER, null);
        return LastfmReply.nowPlaying(json, echo(song, null, 0, null));
    }

    private LastfmReply scrobble(Params p, boolean json) {
        Listener who = listener(p);
        List<String> suffixes = suffixes(p);
        Instant now = scrobbles.now();
        List<Listen> accepted = new ArrayList<>();
        List<LastfmReply.Echo> echoes = new ArrayList<>();
        for (String i : suffixes) {
            Song song;
            Long ts;
            try {
                song = song(p, i);
                ts = seconds(p.get("timestamp" + i));
            } catch (LastfmError e) {
                // One garbled scrobble is ignored, not the batch: the client would resend the good ones forever.
                echoes.add(new LastfmReply.Echo(p.get("track" + i), p.get("artist" + i), p.get("album" + i), null, null,
                        3, e.getMessage()));
                continue;
            }
            String why = SongCheck.problem(song);
            if (why != null) {
                echoes.add(echo(song, ts, song.artist() == null || song.artist().isBlank() ? 1 : 2, why));
            } else if (ListenTimes.problem(ts, now) != null) {
                echoes.add(echo(song, ts, ts != null && ts > now.getEpochSecond() ? 4 : 3, ListenTimes.problem(ts, now)));
            } else {
                accepted.add(new Listen(song, Instant.ofEpochSecond(ts), Platform.OTHER, false));
                echoes.add(echo(song, ts, 0, null));
            }
        }
        if (!accepted.isEmpty()) {
            scrobbles.listened(who, accepted);
        }
        return LastfmReply.scrobbles(json, echoes);
    }

    private LastfmReply love(Params p, boolean json, boolean love) {
        Listener who = listener(p);
        Song song = song(p, "");
        String why = SongCheck.problem(song);
        if (why != null) {
            throw new LastfmError(6, "Invalid parameters - " + why);
        }
        scrobbles.moment(who, song, love ? EventType.LIKE : EventType.UNLIKE, Platform.OTHER, null);
        return LastfmReply.empty(json);
    }

    /** "[0]", "[1]", … for the array form, or "" for one plain scrobble. */
    private static List<String> suffixes(Params p) {
        List<String> out = new ArrayList<>();
        for (int i = 0; p.has("artist[" + i + "]") || p.has("track[" + i + "]"); i++) {
            out.add("[" + i + "]");
        }
        if (out.isEmpty()) {
            p.required("artist");
            p.required("track");
            out.add("");
        }
        if (out.size() > MAX_SCROBBLES) {
            throw new LastfmError(6, "Invalid parameters - at most " + MAX_SCROBBLES + " scrobbles a request, got "
                    + out.size());
        }
        return out;
    }

    private static Song song(Params p, String i) {
        Long seconds = seconds(p.get("duration" + i));
        return new Song(p.get("artist" + i), p.get("track" + i), p.get("album" + i),
                seconds == null || seconds <= 0 ? null : seconds * 1000, p.get("mbid" + i));
    }

    private static Long seconds(String v) {
        if (v == null) {
            return null;
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new LastfmError(6, "Invalid parameters - not a whole number: " + v);
        }
    }

    private static LastfmReply.Echo echo(Song s, Long ts, int code, String message) {
        return new LastfmReply.Echo(s.title(), s.artist(), s.album(), null, ts, code, message);
    }
}
