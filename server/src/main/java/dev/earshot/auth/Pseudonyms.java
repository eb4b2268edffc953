package dev.earshot.auth;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * User ids as the warehouse keeps them. Off, an id is kept as sent. On ({@code --pseudonymise-key-file}), every
 * user id is replaced at the edge, on ingest and on every route that names a listener, by {@code p_} and the
 * first 32 hex digits of its HMAC-SHA256 under the key file: the same listener always gets the same pseudonym,
 * so every statistic still holds, but the file, its backups and exports never hold the id itself. An id that is
 * already a pseudonym (as the dashboard shows them) is passed through, so links between pages keep working.
 */
public final class Pseudonyms {
    private static final Pattern PSEUDONYM = Pattern.compile("p_[0-9a-f]{32}");
    /** The user_id member of a JSON text, even one too broken to parse; its value ends at the next quote. */
    private static final Pattern USER_ID_MEMBER = Pattern.compile("(\"user_id\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")");
    private static final Pseudonyms OFF = new Pseudonyms(null);

    private final KeyFile key;

    private Pseudonyms(KeyFile key) {
        this.key = key;
    }

    public static Pseudonyms off() {
        return OFF;
    }

    /** Off when {@code keyFile} is null; else under the key in that file (made when missing). */
    public static Pseudonyms from(Path keyFile) {
        return keyFile == null ? OFF : new Pseudonyms(KeyFile.open(keyFile));
    }

    public boolean on() {
        return key != null;
    }

    /** The id the warehouse keeps for {@code userId}; null stays null. */
    public String of(String userId) {
        if (key == null || userId == null || PSEUDONYM.matcher(userId).matches()) {
            return userId;
        }
        return "p_" + key.hmac(userId).substring(0, 32);
    }

    /**
     * A refused event's raw text with its user id replaced too, so that the rejected-events table does not keep
     * what the events table does not (an id elsewhere in broken text cannot be found, and stays).
     */
    public String inRawText(String raw) {
        if (key == null || raw == null) {
            return raw;
        }
        Matcher m = USER_ID_MEMBER.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + of(m.group(2)) + m.group(3)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
