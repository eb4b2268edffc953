package dev.earshot.auth;

/** A request without a usable key (401) or whose key lacks the scope (403). */
public final class AuthException extends RuntimeException {
    private final boolean forbidden;

    private AuthException(String message, boolean forbidden) {
        super(message, null, false, false);
        this.forbidden = forbidden;
    }

    static AuthException unauthorized(String message) {
        return new AuthException(message, false);
    }

    static AuthException forbidden(String message) {
        return new AuthException(message, true);
    }

    public int status() {
        return forbidden ? 403 : 401;
    }

    public String code() {
        return forbidden ? "forbidden" : "unauthorized";
    }
}
