package dev.earshot.web;

import dev.earshot.ingest.BodyFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Which body format a Content-Type names; anything else is refused with 415. */
final class MediaTypes {
    static final String NDJSON = "application/x-ndjson";

    private MediaTypes() {
    }

    static BodyFormat formatOf(String contentType) {
        requireUtf8Charset(contentType);
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "application/json" -> BodyFormat.JSON;
            case NDJSON, "application/ndjson", "application/jsonl" -> BodyFormat.NDJSON;
            default -> throw new ApiException(415, "unsupported_media_type",
                    (type.isEmpty() ? "no Content-Type given" : "Content-Type '" + type + "' is not accepted")
                            + "; send application/json (an event or an array) or " + NDJSON + " (one event per line)",
                    List.of(Map.of("accepted", List.of("application/json", NDJSON))));
        };
    }

    /** JSON is UTF-8 (RFC 8259): a body declared in another charset would be read as something it is not. */
    private static void requireUtf8Charset(String contentType) {
        if (contentType == null) {
            return;
        }
        for (String param : contentType.split(";")) {
            String[] kv = param.strip().split("=", 2);
            if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
                String charset = kv[1].strip().replace("\"", "");
                if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                    throw new ApiException(415, "unsupported_media_type", "charset '" + charset + "' is not accepted;"
                            + " JSON bodies are UTF-8", List.of(Map.of("accepted", List.of("utf-8"))));
                }
            }
        }
    }
}
