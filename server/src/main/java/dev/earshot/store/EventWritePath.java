package dev.earshot.store;

/** How the warehouse appends events: the columnar bulk path (the default), or the row-by-row Appender. */
public enum EventWritePath {
    /** Arrow columns inserted with one statement per group ({@link BulkInsert}). */
    BULK,
    /** DuckDB's Appender, one call per value ({@link EventRowWriter}); what the bulk path is measured against. */
    APPENDER
}
