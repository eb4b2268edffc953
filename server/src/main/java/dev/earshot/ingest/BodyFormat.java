package dev.earshot.ingest;

/** How a request body carries events. */
public enum BodyFormat {
    /** One JSON object or a JSON array of objects. */
    JSON,
    /** Newline-delimited JSON: one object per line. */
    NDJSON
}
