package dev.earshot.sources.legacy;

import dev.earshot.event.Platform;
import dev.earshot.auth.RateLimitedException;
import dev.earshot.sources.Bodies;
import dev.earshot.sources.FormParams;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AudioScrobbler 1.2 (mpdscribble, Quod Libet): the handshake at {@code /apis/audioscrobbler_legacy/?hs=true…}
 * and at the root ({@code /?hs=true…}, for clients given the bare server URL), {@code a = md5(md5(key) + t)}
 * with {@code u} the listener the key is bound to; then the now-playing and submission URLs it hands out.
 * Answers are the protocol's plain text: {@code OK}, {@code BADAUTH}, {@code BADTIME}, {@code BADSESSION},
 * {@code FAILED <reason>}. In a submission {@code r[i]=L} is also a like and {@code S} makes the listen a skip.
 */
public final class AudioscrobblerRoutes {
    static final String BASE = "/apis/audioscrobbler_legacy";
    static final String SESSION_SALT = "audioscrobbler-session";
    static final int MAX_SUBMISSIONS = 50;
    /** How far the client's clock may be from ours at the handshake. */
    static final Duration MAX_SKEW = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(AudioscrobblerRoutes.class);

    private final Scrobbles scrobbles;
    private final ListenerAuth auth;
    private final long maxBodyBytes;

    public AudioscrobblerRoutes(Scrobbles scrobbles, ListenerAuth auth, long maxBodyBytes) {
        this.scrobbles = scrobbles;
        this.auth = auth;
        this.maxBodyBytes = maxBodyBytes;
    }

    public void register(RoutesConfig routes) {
        for (String p : List.of(BASE, BASE + "/")) {
            routes.get(p, ctx -> answer(ctx, () -> handshake(ctx)));
            routes.post(p, ctx -> answer(ctx, () -> handshake(ctx)));
        }
        // The root is the dashboard; only a handshake is answered there, before anything else sees it.
        routes.before("/", ctx -> {
            if ("true".equals(ctx.queryParam("hs"))) {
                answer(ctx, () -> handshake(ctx));
                ctx.skipRemainingHandlers();
            }
        });
        routes.post(BASE + "/nowplaying", ctx -> answer(ctx, () -> nowPlaying(params(ctx))));
        routes.post(BASE + "/submission", ctx -> answer(ctx, () -> submission(params(ctx))));
    }

    private String handshake(Context ctx) {
        FormParams p = FormParams.of(ctx.queryString(), new byte[0]);
        if (!"true".equals(p.get("hs"))) {
            return "FAILED this is the AudioScrobbler 1.2 handshake URL: add ?hs=true&p=1.2&c=…&v=…&u=…&t=…&a=…";
        }
        String user = p.get("u");
        String t = p.get("t");
        String a = p.get("a");
        if (user == null || t == null || a == null) {
            return "FAILED the handshake needs u, t and a";
        }
        long seconds;
        try {
            seconds = Long.parseLong(t.strip());
        } catch (NumberFormatException e) {
            return "FAILED t must be a Unix time in seconds";
        }
        // Compared as plain seconds: a client's t can be any long, beyond what an Instant holds.
        if (Math.abs((double) seconds - scrobbles.now().getEpochSecond()) > MAX_SKEW.toSeconds()) {
            return "BADTIME";
        }
        String expected = a.strip().toLowerCase(java.util.Locale.ROOT);
        return auth.byChallenge(user, md5 -> Md5.hex(md5 + t).equals(expected))
                .map(who -> {
                    String base = ctx.scheme() + "://" + ctx.host() + BASE;
                    return "OK\n" + auth.sessionFor(who, SESSION_SALT) + "\n" + base + "/nowplaying\n" + base
                            + "/submission";
                })
                .orElse("BADAUTH");
    }

    private String nowPlaying(FormParams p) {
        Listener who = session(p);
        Song song = song(p, "");
        String why = SongCheck.problem(song);
        if (why != null) {
            return "FAILED " + why;
        }
        scrobbles.nowPlaying(who, song, Platform.OTHER, null);
        return "OK";
    }

    /**
     * The good listens of a submission are stored even when others in it are not: a client answered FAILED sends
     * the same batch again, so one bad entry would hold back every listen queued behind it (mpdscribble keeps its
     * queue until it hears OK). The bad entries are dropped, as Last.fm's own 1.2 server did; FAILED only when no
     * entry was good.
     */
    private String submission(FormParams p) {
        Listener who = session(p);
        List<Listen> listens = new ArrayList<>();
        String firstProblem = null;
        for (int i = 0; p.has("a[" + i + "]") || p.has("t[" + i + "]"); i++) {
            if (i == MAX_SUBMISSIONS) {
                return "FAILED at most " + MAX_SUBMISSIONS + " listens a submission";
            }
            String problem = problem(p, "[" + i + "]");
            if (problem == null) {
                listens.add(listen(p, "[" + i + "]"));
            } else if (firstProblem == null) {
                firstProblem = "listen " + i + ": " + problem;
            }
        }
        if (listens.isEmpty()) {
            return "FAILED " + (firstProblem != null ? firstProblem : "the submission carries no listen (a[0], t[0], i[0])");
        }
        scrobbles.listened(who, listens);
        return "OK";
    }

    /** Why entry {@code n} of a submission cannot be stored, or null. */
    private String problem(FormParams p, String n) {
        try {
            String why = SongCheck.problem(song(p, n));
            if (why != null) {
                return why;
            }
            Long start = number(p.get("i" + n));
            return start == null ? "i (the start time, Unix seconds) is missing" : ListenTimes.problem(start, scrobbles.now());
        } catch (RefusedException e) {
            return e.getMessage();
        }
    }

    private static Listen listen(FormParams p, String n) {
        String rating = p.get("r" + n);
        return new Listen(song(p, n), Instant.ofEpochSecond(number(p.get("i" + n))), Platform.OTHER, "S".equals(rating),
                "L".equals(rating));
    }

    private Listener session(FormParams p) {
        String s = p.get("s");
        if (s == null) {
            throw new NotAllowedException(NotAllowedException.Reason.INVALID, "no session");
        }
        return auth.bySession(s, SESSION_SALT);
    }

    private FormParams params(Context ctx) {
        return FormParams.of(null, Bodies.read(ctx, maxBodyBytes));
    }

    private static Song song(FormParams p, String n) {
        Long seconds = number(p.get("l" + n));
        return new Song(p.get("a" + n), p.get("t" + n), p.get("b" + n), seconds == null || seconds <= 0 ? null
                : seconds * 1000, p.get("m" + n));
    }

    private static Long number(String v) {
        if (v == null) {
            return null;
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new RefusedException(400, "not a whole number: " + v);
        }
    }

    /** Every answer is plain text ending in a newline; BADSESSION makes the client shake hands again. */
    private static void answer(Context ctx, java.util.function.Supplier<String> work) {
        String text;
        try {
            text = work.get();
        } catch (NotAllowedException e) {
            text = "BADSESSION";
        } catch (RateLimitedException e) {
            ctx.status(429).header("Retry-After", Long.toString(e.retryAfterSeconds()));
            text = "FAILED Rate limit exceeded: " + e.getMessage();
        } catch (FormParams.NotUtf8Exception e) {
            text = "FAILED " + e.getMessage();
        } catch (IllegalArgumentException e) {
            text = "FAILED a parameter is not URL-encoded properly";
        } catch (RefusedException e) {
            text = "FAILED " + e.getMessage();
        } catch (RuntimeException e) {
            if (!Transient.is(e)) {
                LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                text = "FAILED the server failed unexpectedly; see its log";
            } else {
                ctx.status(503).header("Retry-After", Integer.toString(Transient.RETRY_AFTER_SECONDS));
                text = "FAILED " + Transient.message(e);
            }
        }
        ctx.contentType("text/plain; charset=utf-8").result(text + "\n");
    }
}
