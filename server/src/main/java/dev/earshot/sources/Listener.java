package dev.earshot.sources;

import dev.earshot.auth.RateBudget;

/** Whose listen it is (the user the key is bound to), which key brought it, and what is left of that key's limit. */
public record Listener(String userId, String keyId, RateBudget budget) {
}
