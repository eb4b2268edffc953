package dev.earshot.web;

import java.util.List;

/** A request we refuse, with the HTTP status, a stable error code, a message for people and details. */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final transient List<?> details;

    public ApiException(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    public ApiException(int status, String code, String message, List<?> details) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = details;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<?> details() {
        return details;
    }
}
