package dev.earshot.stream;

/**
 * One listening session of one listener (events no more than the gap apart, in event time): its span, how many
 * events and plays, the milliseconds played and the distinct tracks.
 */
public record SessionFact(String userId, long startMillis, long endMillis, long events, long plays, long msPlayed,
                          long tracks) {
}
