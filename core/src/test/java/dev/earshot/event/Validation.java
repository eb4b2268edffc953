package dev.earshot.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.testkit.Events;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** The parser and validator run on the test kit's wire events ({@link Events}) as of its fixed clock. */
final class Validation {
    static final Instant RECEIVED_AT = Events.T0;
    static final EventValidator VALIDATOR = new EventValidator(ValidationRules.DEFAULT);

    private Validation() {
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Parses one JSON object into its draft. */
    static EventDraft draft(String json) {
        List<EventDraft> drafts = new EventParser(1000).parseJson(utf8(json));
        assertThat(drafts).hasSize(1);
        return drafts.get(0);
    }

    static ValidationResult validate(String json) {
        return VALIDATOR.validate(draft(json), RECEIVED_AT);
    }

    static ValidationResult validate(String json, ValidationRules rules) {
        return new EventValidator(rules).validate(draft(json), RECEIVED_AT);
    }

    /** The event the JSON makes; fails the test with the violations when it is refused. */
    static ListenEvent valid(String json) {
        ValidationResult result = validate(json);
        assertThat(result).as("validation of %s", json).isInstanceOf(ValidationResult.Valid.class);
        return ((ValidationResult.Valid) result).event();
    }

    /** Every violation of the JSON; fails the test when it is accepted. */
    static List<Violation> violations(String json) {
        return violations(validate(json));
    }

    static List<Violation> violations(ValidationResult result) {
        assertThat(result).isInstanceOf(ValidationResult.Invalid.class);
        return ((ValidationResult.Invalid) result).violations();
    }
}
