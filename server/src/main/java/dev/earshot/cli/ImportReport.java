package dev.earshot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** An import's summary for people: what was read, stored, already there, merged, left out and refused, and why. */
final class ImportReport {
    private ImportReport() {
    }

    static String text(JsonNode status) {
        JsonNode s = status.path("summary");
        StringBuilder out = new StringBuilder();
        out.append(String.format("import %s %s for %s%n", status.path("id").asText(), status.path("state").asText(),
                status.path("user_id").asText()));
        out.append(String.format("  read %,d records; imported %,d listens; %,d already there; %,d merged across sources%n",
                s.path("read").asLong(), s.path("imported").asLong(), s.path("duplicates").asLong(),
                s.path("merged").asLong()));
        if (s.path("catalog_tracks").asLong() > 0) {
            out.append(String.format("  catalog: %,d tracks%n", s.path("catalog_tracks").asLong()));
        }
        counts(out, "left out", s.path("left_out"));
        if (s.path("rejected_total").asLong() > 0) {
            out.append(String.format("  rejected %,d", s.path("rejected_total").asLong()));
            counts(out, "", s.path("rejected"));
            for (JsonNode r : s.path("rejections")) {
                out.append(String.format("    file '%s', record %d, field %s: %s%n", r.path("file").asText(),
                        r.path("index").asLong(), r.path("field").asText(), r.path("reason").asText()));
            }
        }
        for (JsonNode f : s.path("files")) {
            out.append(String.format("  read %s as %s%n", f.path("name").asText(), f.path("format").asText()));
        }
        for (JsonNode u : s.path("unrecognised")) {
            out.append(String.format("  not an export file we know, skipped: %s%n", u.asText()));
        }
        if (status.hasNonNull("error")) {
            out.append("  error: ").append(status.path("error").asText()).append('\n');
        }
        return out.toString().stripTrailing();
    }

    private static void counts(StringBuilder out, String label, JsonNode byKind) {
        if (byKind.isEmpty()) {
            if (label.isEmpty()) {
                out.append('\n');
            }
            return;
        }
        out.append(label.isEmpty() ? " (by field:" : "  " + label + ":");
        for (Iterator<Map.Entry<String, JsonNode>> it = byKind.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.append(String.format(" %s %,d", e.getKey(), e.getValue().asLong()));
        }
        out.append(label.isEmpty() ? ")\n" : "\n");
    }
}
