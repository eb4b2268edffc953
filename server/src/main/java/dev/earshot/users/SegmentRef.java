package dev.earshot.users;

/** A preset segment a listener belongs to. */
public record SegmentRef(String id, String name) {
}
