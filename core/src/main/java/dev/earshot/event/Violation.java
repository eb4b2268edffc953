package dev.earshot.event;

/** One reason an event was refused: the field path (e.g. {@code location.country}) and what is wrong. */
public record Violation(String field, String message) {
}
