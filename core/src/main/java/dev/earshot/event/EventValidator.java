package dev.earshot.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Applies the event contract (DESIGN §2) to a draft and collects every violation, each with its field path,
 * rather than stopping at the first. Never throws for bad input: a refused event is a value.
 */
public final class EventValidator {
    static final long MAX_DURATION_MS = 24L * 60 * 60 * 1000;

    private final ValidationRules rules;

    public EventValidator(ValidationRules rules) {
        this.rules = rules;
    }

    /** Validates one draft received at {@code receivedAt} (the server's clock). */
    public ValidationResult validate(EventDraft d, Instant receivedAt) {
        if (d.violations.stream().anyMatch(v -> v.field().equals("$"))) {
            // Nothing of the event could be read, so calling each of its fields missing would mislead.
            return new ValidationResult.Invalid(d.index, d.eventId, d.raw(), d.violations);
        }
        List<Violation> out = new ArrayList<>(d.violations);
        String eventId = requiredId(d.eventId, "event_id", out);
        EventType type = requiredEnum(d.eventType, "event_type", EventType.WIRE, out);
        String userId = requiredId(d.userId, "user_id", out);
        String trackId = requiredId(d.trackId, "track_id", out);
        Platform platform = requiredEnum(d.platform, "platform", Platform.WIRE, out);
        Instant deviceTime = required(d.timestamp, "timestamp", out) ? Timestamps.parse(d.timestamp, "timestamp", out) : null;
        Instant sentAt = d.sentAt == null ? null : Timestamps.parse(d.sentAt, "sent_at", out);
        Instant timestamp = deviceTime == null ? null : Timestamps.correctSkew(deviceTime, sentAt, receivedAt);
        if (timestamp != null) {
            checkTimeWindow(timestamp, receivedAt, out);
        }
        String sessionId = optional(d.sessionId, "session_id", TextRules::idProblem, out);
        Device device = optionalEnum(d.device, "device", Device.WIRE, out);
        Long positionMs = duration(d.positionMs, "position_ms", out);
        Long msPlayed = duration(d.msPlayed, "ms_played", out);
        Long durationMs = duration(d.durationMs, "duration_ms", out);
        if (positionMs != null && durationMs != null && positionMs > durationMs) {
            out.add(new Violation("position_ms", "must not exceed duration_ms (" + durationMs + ")"));
        }
        Location location = LocationRules.validate(d, out);
        PlaybackContext context = contextOf(d, out);
        TrackMetadata track = TrackRules.validate(d, out);
        if (!out.isEmpty()) {
            return new ValidationResult.Invalid(d.index, d.eventId, d.raw(), out);
        }
        return new ValidationResult.Valid(d.index, new ListenEvent(eventId, type, userId, trackId, timestamp,
                deviceTime, platform, location, sessionId, positionMs, msPlayed, durationMs, device, context, track));
    }

    private void checkTimeWindow(Instant timestamp, Instant receivedAt, List<Violation> out) {
        if (timestamp.isAfter(receivedAt.plus(rules.maxFutureSkew()))) {
            out.add(new Violation("timestamp", "is more than " + rules.maxFutureSkew().toMinutes()
                    + " minutes in the future (server time " + receivedAt + ")"));
        } else if (timestamp.isBefore(rules.earliest())) {
            out.add(new Violation("timestamp", "is before " + rules.earliest()));
        }
    }

    private static PlaybackContext contextOf(EventDraft d, List<Violation> out) {
        if (!d.contextPresent) {
            return null;
        }
        ContextType type = requiredEnum(d.contextType, "context.type", ContextType.WIRE, out);
        String id = optional(d.contextId, "context.id", TextRules::idProblem, out);
        return new PlaybackContext(type, id);
    }

    static boolean required(String value, String field, List<Violation> out) {
        if (value == null && out.stream().noneMatch(v -> v.field().equals(field))) {
            out.add(new Violation(field, "is required"));
        }
        return value != null;
    }

    private static String requiredId(String value, String field, List<Violation> out) {
        return required(value, field, out) ? optional(value, field, TextRules::idProblem, out) : null;
    }

    static String optional(String value, String field, Function<String, String> problem, List<Violation> out) {
        if (value == null) {
            return null;
        }
        String why = problem.apply(value);
        if (why != null) {
            out.add(new Violation(field, why));
            return null;
        }
        return value;
    }

    private static <E extends Enum<E> & WireEnum> E requiredEnum(String value, String field, WireEnum.Lookup<E> lookup,
                                                                  List<Violation> out) {
        return required(value, field, out) ? optionalEnum(value, field, lookup, out) : null;
    }

    private static <E extends Enum<E> & WireEnum> E optionalEnum(String value, String field, WireEnum.Lookup<E> lookup,
                                                                  List<Violation> out) {
        if (value == null) {
            return null;
        }
        E found = lookup.find(value).orElse(null);
        if (found == null) {
            out.add(new Violation(field, "unknown value '" + Timestamps.shorten(value) + "'; expected one of: " + lookup.allowed()));
        }
        return found;
    }

    static Long duration(Long value, String field, List<Violation> out) {
        if (value == null) {
            return null;
        }
        if (value < 0 || value > MAX_DURATION_MS) {
            out.add(new Violation(field, "must be between 0 and " + MAX_DURATION_MS + " (24 h), got " + value));
            return null;
        }
        return value;
    }
}
