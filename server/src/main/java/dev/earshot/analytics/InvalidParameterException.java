package dev.earshot.analytics;

/**
 * A value a question cannot use, naming the parameter at fault: a query parameter, a filter or a segment rule's
 * field. The web maps it to 400 {@code invalid_parameter} with the name in {@code details[].field}, taken from
 * {@link #parameter()}, never cut out of the message. It lives beside {@link AnalyticsFilter} because the
 * filter's own checks (the country code) raise it, and analytics depends on neither segments nor the web.
 */
public final class InvalidParameterException extends IllegalArgumentException {
    private final String parameter;
    private final String reason;

    public InvalidParameterException(String parameter, String reason) {
        super(parameter + " " + reason);
        this.parameter = parameter;
        this.reason = reason;
    }

    public String parameter() {
        return parameter;
    }

    /** What is wrong with the value, without the parameter's name: "must be …". */
    public String reason() {
        return reason;
    }
}
