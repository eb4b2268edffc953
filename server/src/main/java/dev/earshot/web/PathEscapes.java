package dev.earshot.web;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses a path whose percent escapes are not two hex digits (such as {@code %u0041}) with a JSON 400 before
 * routing: Jetty lets them through and the router's decoder would fail on them with a 500.
 */
final class PathEscapes extends Handler.Wrapper {
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!wellFormed(request.getHttpURI().getPath())) {
            Response.writeError(request, response, callback, 400);
            return true;
        }
        return super.handle(request, response, callback);
    }

    static boolean wellFormed(String rawPath) {
        if (rawPath == null) {
            return true;
        }
        for (int i = rawPath.indexOf('%'); i >= 0; i = rawPath.indexOf('%', i + 1)) {
            if (i + 2 >= rawPath.length() || !hex(rawPath.charAt(i + 1)) || !hex(rawPath.charAt(i + 2))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
