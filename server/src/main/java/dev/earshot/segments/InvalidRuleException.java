package dev.earshot.segments;

/** A segment rule with a value we cannot use; {@code field} names the rule parameter at fault. */
public final class InvalidRuleException extends IllegalArgumentException {
    private final String field;
    private final String reason;

    public InvalidRuleException(String field, String reason) {
        super(field + " " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    /** What is wrong with the value, without the field's name: "must be …". */
    public String reason() {
        return reason;
    }
}
