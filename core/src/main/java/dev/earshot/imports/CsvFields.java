package dev.earshot.imports;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Typed reads of one field of a CSV row found by its header name, for every CSV reader (the CSV counterpart of
 * {@link JsonFields}). Blank means unknown (null); a value that cannot be read throws {@link BadField} naming
 * the field, so the reader rejects the row.
 */
final class CsvFields {
    private CsvFields() {
    }

    /** Where each header name (stripped, lower case; the first of a repeated name) stands. */
    static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            column.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        return column;
    }

    /** Rejects a row whose quoting broke or whose width is not the header's. */
    static void sameWidth(CsvRecords csv, List<String> r, int width) {
        wellQuoted(csv);
        if (r.size() != width) {
            throw new BadField("record", "has " + r.size() + " fields, the header has " + width);
        }
    }

    static void wellQuoted(CsvRecords csv) {
        if (csv.malformed()) {
            throw new BadField("record", "has a quoted field that is never closed");
        }
    }

    /** The stripped value of column {@code name}, or null when the column is absent or the value blank. */
    static String text(List<String> r, Map<String, Integer> column, String name) {
        Integer i = column.get(name);
        if (i == null || i >= r.size()) {
            return null;
        }
        String v = r.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    /** The value of column {@code name}; blank is rejected naming {@code field} (the header's own spelling). */
    static String required(List<String> r, Map<String, Integer> column, String name, String field) {
        String v = text(r, column, name);
        if (v == null) {
            throw new BadField(field, "is empty");
        }
        return v;
    }

    /** A scrobble time in whole seconds since 1970, required. */
    static Instant epochSeconds(List<String> r, Map<String, Integer> column, String name, String field) {
        String text = required(r, column, name, field);
        long seconds;
        try {
            seconds = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BadField(field, "'" + JsonFields.shorten(text, 64) + "' is not a time in seconds since 1970");
        }
        if (seconds <= 0) {
            throw new BadField(field, text + " is not a time in seconds since 1970");
        }
        return Instant.ofEpochSecond(seconds);
    }

    /** A track length in whole seconds as milliseconds; null when blank, zero or negative (unknown, not data). */
    static Long lengthSecondsAsMs(String length, String field) {
        if (length == null) {
            return null;
        }
        try {
            long s = Long.parseLong(length);
            return s > 0 ? s * 1000 : null;
        } catch (NumberFormatException e) {
            throw new BadField(field, "'" + JsonFields.shorten(length, 64) + "' is not a length in seconds");
        }
    }
}
