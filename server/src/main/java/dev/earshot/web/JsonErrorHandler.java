package dev.earshot.web;

import dev.earshot.sources.ProtocolErrors;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors the HTTP server answers itself, before any route runs (a malformed URI or escape, headers too large):
 * the API's JSON shape instead of an HTML page, or on a scrobbler protocol's path that protocol's format (a
 * request line too long to parse has no path yet: JSON). The server's own message is never echoed, since it may name
 * the server's internals; the status's reason phrase says enough.
 */
final class JsonErrorHandler extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        var protocol = ProtocolErrors.of(request.getHttpURI().getPath(), request.getHttpURI().getQuery(), code,
                reason(code));
        if (protocol.isPresent()) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, protocol.get().contentType());
            response.write(true, ByteBuffer.wrap(protocol.get().body().getBytes(StandardCharsets.UTF_8)), callback);
            return;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    /** Every method gets the JSON body: Jetty's default writes one only for GET, POST and HEAD. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(status));
    }

    static byte[] body(int status) {
        String code = switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "too_large";
            case 414 -> "uri_too_long";
            case 431 -> "headers_too_large";
            default -> "http_" + status;
        };
        return ("{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + reason(status)
                + "\",\"details\":[]}}").getBytes(StandardCharsets.UTF_8);
    }

    private static String reason(int status) {
        String reason = HttpStatus.getMessage(status);
        return reason == null ? "error" : reason.toLowerCase(java.util.Locale.ROOT);
    }
}
