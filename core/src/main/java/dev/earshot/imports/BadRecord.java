package dev.earshot.imports;

/**
 * Thrown inside one of the scrobble readers when a field of a record cannot be read, and caught by the same
 * reader, which rejects that record naming the field and reads on. It never leaves a reader; no stack trace,
 * since a half-broken file may throw one per record.
 */
final class BadRecord extends RuntimeException {
    private final String field;

    BadRecord(String field, String reason) {
        super(reason, null, false, false);
        this.field = field;
    }

    String field() {
        return field;
    }

    String reason() {
        return getMessage();
    }
}
