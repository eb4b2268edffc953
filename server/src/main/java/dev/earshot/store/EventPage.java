package dev.earshot.store;

import java.util.List;

/** One page of events, newest first; {@code next} is null on the last page. */
public record EventPage(List<StoredEvent> events, Cursor next) {
}
