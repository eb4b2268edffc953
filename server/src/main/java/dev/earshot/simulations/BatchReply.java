package dev.earshot.simulations;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** The counts in a server's answer to a batch (DESIGN §3): accepted, duplicates, and how many were rejected. */
public record BatchReply(long accepted, long duplicates, long rejected) {
    private static final JsonFactory JSON = new JsonFactory();

    /** Reads the counts; a body that does not say (or is not JSON) counts as nothing known. */
    static BatchReply parse(byte[] body) {
        long accepted = 0;
        long duplicates = 0;
        long rejected = 0;
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return new BatchReply(0, 0, 0);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "accepted" -> accepted = value.isNumeric() ? p.getLongValue() : 0;
                    case "duplicates" -> duplicates = value.isNumeric() ? p.getLongValue() : 0;
                    case "rejected" -> rejected = value == JsonToken.START_ARRAY ? countElements(p) : 0;
                    default -> p.skipChildren();
                }
            }
        } catch (IOException e) {
            return new BatchReply(accepted, duplicates, rejected);
        }
        return new BatchReply(accepted, duplicates, rejected);
    }

    private static long countElements(JsonParser p) throws IOException {
        long n = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            p.skipChildren();
            n++;
        }
        return n;
    }

    BatchReply plus(BatchReply other) {
        return new BatchReply(accepted + other.accepted, duplicates + other.duplicates, rejected + other.rejected);
    }
}
