package dev.earshot.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the writer's group-commit figures from the server's own Prometheus text. */
final class WriterStats {
    private WriterStats() {
    }

    static String describe(String prometheusText) {
        double commits = value(prometheusText, "earshot_writer_commit_seconds_count");
        double seconds = value(prometheusText, "earshot_writer_commit_seconds_sum");
        double rows = value(prometheusText, "earshot_writer_committed_events_total");
        if (commits == 0) {
            return "no commits";
        }
        return String.format("%,.0f commits, %,.0f rows per commit, %.1f ms per commit (longest of the last minute %.0f ms);"
                        + " idle checkpoints %,.0f taking %,.0f ms in all",
                commits, rows / commits, 1000 * seconds / commits, 1000 * value(prometheusText, "earshot_writer_commit_seconds_max"),
                value(prometheusText, "earshot_writer_checkpoint_seconds_count"),
                1000 * value(prometheusText, "earshot_writer_checkpoint_seconds_sum"));
    }

    private static double value(String text, String metric) {
        Matcher m = Pattern.compile("^" + Pattern.quote(metric) + "(?:\\{[^}]*})? (\\S+)$", Pattern.MULTILINE).matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
