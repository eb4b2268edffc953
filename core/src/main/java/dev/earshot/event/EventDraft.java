package dev.earshot.event;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One event as the parser read it, before validation: each field as the JSON gave it (or null when absent),
 * the raw text the client sent, and the type errors found while reading. Mutable on purpose: the parser
 * fills it field by field; {@link EventValidator} turns it into a {@link ListenEvent} or a list of reasons.
 */
public final class EventDraft {
    final int index;
    /** The request bytes and this event's span in them; decoded only when asked for, i.e. for refused events. */
    private byte[] source;
    private int from;
    private int to;
    final List<Violation> violations = new ArrayList<>(0);

    String eventId;
    String eventType;
    String userId;
    String trackId;
    String timestamp;
    String sentAt;
    String platform;
    String sessionId;
    String device;
    Long positionMs;
    Long msPlayed;
    Long durationMs;

    String locationText;
    boolean locationObject;
    String country;
    String region;
    String city;

    boolean contextPresent;
    String contextType;
    String contextId;

    boolean trackPresent;
    String trackTitle;
    String trackArtist;
    String trackAlbum;
    Long trackDurationMs;
    List<String> trackGenres;
    Map<String, Double> audioFeatures;

    EventDraft(int index) {
        this.index = index;
    }

    /** Position of the event in the request, from 0. */
    public int index() {
        return index;
    }

    /** The text the client sent for this event, exactly. */
    public String raw() {
        return source == null ? null : new String(source, from, to - from, StandardCharsets.UTF_8);
    }

    void rawSpan(byte[] bytes, int start, int end) {
        this.source = bytes;
        this.from = start;
        this.to = end;
    }

    /** The event_id as sent, if it was a string; used to label rejections. */
    public String eventId() {
        return eventId;
    }

    void addViolation(String field, String message) {
        violations.add(new Violation(field, message));
    }

    void putAudioFeature(String name, Double value) {
        if (audioFeatures == null) {
            audioFeatures = new LinkedHashMap<>();
        }
        audioFeatures.put(name, value);
    }
}
