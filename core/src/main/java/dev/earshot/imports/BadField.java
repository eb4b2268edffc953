package dev.earshot.imports;

/**
 * Thrown inside a reader when one field of one record cannot be read, and caught by the same reader, which
 * rejects that record (naming the field) and goes on. It never leaves a reader. No stack trace: a
 * half-broken file may throw it for every record.
 */
final class BadField extends RuntimeException {
    private final String field;

    BadField(String field, String reason) {
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
