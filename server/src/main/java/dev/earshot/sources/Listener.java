package dev.earshot.sources;

/** Whose listen it is (the user the key is bound to) and which key brought it. */
public record Listener(String userId, String keyId) {
}
