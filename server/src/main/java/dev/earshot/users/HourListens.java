package dev.earshot.users;

/** Listens in one hour of the listener's local day (0–23). */
public record HourListens(int hour, long listens) {
}
