package dev.earshot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;

/** The import's progress on one line of stderr, redrawn in place: files done of files given, records read. */
final class ProgressBar {
    static final int WIDTH = 30;

    private final PrintWriter err;
    private boolean drawn;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    void show(JsonNode status) {
        int total = status.path("files_total").asInt();
        int done = status.path("files_done").asInt();
        JsonNode s = status.path("summary");
        int filled = total == 0 ? 0 : (int) Math.round(WIDTH * (double) done / total);
        String file = status.path("current_file").asText("");
        err.printf("\r[%s%s] %d/%d files, %,d read, %,d imported %s", "#".repeat(filled), ".".repeat(WIDTH - filled),
                done, total, s.path("read").asLong(), s.path("imported").asLong(), shorten(file));
        err.flush();
        drawn = true;
    }

    void done() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }

    private static String shorten(String file) {
        return file.length() <= 40 ? file : "…" + file.substring(file.length() - 39);
    }
}
