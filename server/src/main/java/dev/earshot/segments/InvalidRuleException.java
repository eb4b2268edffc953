package dev.earshot.segments;

/** A segment rule with a value we cannot use; {@code field} names the rule parameter at fault. */
public final class InvalidRuleException extends IllegalArgumentException {
    private final String field;

    public InvalidRuleException(String field, String message) {
        super(field + " " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
