package dev.earshot.web;

import java.util.List;

/** The one error shape of the API: {@code {"error": {"code", "message", "details"}}}. */
record ErrorBody(Error error) {
    record Error(String code, String message, List<?> details) {
    }

    static ErrorBody of(String code, String message, List<?> details) {
        return new ErrorBody(new Error(code, message, details));
    }

    static ErrorBody of(ApiException e) {
        return of(e.code(), e.getMessage(), e.details());
    }
}
