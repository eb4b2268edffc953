package dev.earshot.auth;

/** A key just created, with its secret: the only time the secret is known outside its holder. */
public record NewKey(ApiKey key, String secret) {
}
