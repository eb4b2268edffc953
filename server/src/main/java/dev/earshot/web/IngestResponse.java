package dev.earshot.web;

import dev.earshot.event.ValidationResult;
import dev.earshot.event.Violation;
import dev.earshot.ingest.IngestReport;
import java.util.List;

/** The JSON answer to POST /v1/events; {@code error} is set only when no event was valid (422). */
record IngestResponse(ErrorBody.Error error, int accepted, int duplicates, List<Rejected> rejected) {

    record Rejected(int index, String eventId, List<Violation> errors) {
    }

    static IngestResponse of(IngestReport report) {
        List<Rejected> rejected = report.rejected().stream().map(IngestResponse::rejected).toList();
        ErrorBody.Error error = report.nothingValid()
                ? new ErrorBody.Error("invalid_events", "no event in the request is valid; see rejected", rejected)
                : null;
        return new IngestResponse(error, report.accepted(), report.duplicates(), rejected);
    }

    private static Rejected rejected(ValidationResult.Invalid r) {
        return new Rejected(r.index(), r.eventId(), r.violations());
    }
}
