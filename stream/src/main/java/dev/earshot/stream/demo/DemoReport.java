package dev.earshot.stream.demo;

/**
 * What one demo run did and found: the input (live events, duplicates sent, events held back), what each path
 * stored, the late events the job counted, the comparison, and the job's throughput.
 */
public record DemoReport(int arrivals, int duplicates, int delayed, long singleRows, long lakeRows,
                         long missingFromLake, long extraInLake, long lateEvents, int tracks, int trackMismatches,
                         int windowMismatches, long sessions, String modelVersion, double jobSeconds) {

    /** Equal: the same enriched rows on both paths, and the same plays per track from the lake and from the windows. */
    public boolean equal() {
        return singleRows == lakeRows && missingFromLake == 0 && extraInLake == 0 && trackMismatches == 0
                && windowMismatches == 0 && singleRows > 0;
    }

    public double eventsPerSecond() {
        return jobSeconds <= 0 ? 0 : arrivals / jobSeconds;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, """
                input:        %d live events sent (%d sent twice, %d held back for minutes)
                single path:  %d rows in events
                stream path:  %d rows in the lake, %d late events (side output), %d sessions
                rows:         %d missing from the lake, %d extra in it
                per track:    %d tracks, %d differ (lake), %d differ (minute windows + late)
                model:        %s on both paths
                job:          %.1f s, %.0f events/s (end to end in one JVM, broker and job included)
                verdict:      %s""", arrivals, duplicates, delayed, singleRows, lakeRows, lateEvents, sessions,
                missingFromLake, extraInLake, tracks, trackMismatches, windowMismatches, modelVersion, jobSeconds,
                eventsPerSecond(), equal() ? "EQUAL" : "DIFFERENT");
    }
}
