package dev.earshot.event;

import java.util.List;

/** What validation made of one draft: a valid event, or every reason it was refused. */
public sealed interface ValidationResult {
    int index();

    record Valid(int index, ListenEvent event) implements ValidationResult {
    }

    record Invalid(int index, String eventId, String raw, List<Violation> violations) implements ValidationResult {
        public Invalid {
            violations = List.copyOf(violations);
        }
    }
}
