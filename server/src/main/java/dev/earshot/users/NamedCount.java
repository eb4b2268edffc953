package dev.earshot.users;

/** A genre, mood or context with its listens and its share of the listens where it is known. */
public record NamedCount(String name, long listens, double share) {
}
