package dev.earshot.ingest;

import dev.earshot.event.ValidationResult;
import java.util.List;

/** The answer to one ingest request: how many were stored, how many were already there, and what was refused. */
public record IngestReport(int accepted, int duplicates, List<ValidationResult.Invalid> rejected) {
    public IngestReport {
        rejected = List.copyOf(rejected);
    }

    /** True when the request carried events and none of them was valid. */
    public boolean nothingValid() {
        return accepted == 0 && duplicates == 0 && !rejected.isEmpty();
    }
}
