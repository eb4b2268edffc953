package dev.earshot.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the records of an RFC 4180 CSV file one at a time, so that a file of hundreds of MB is never held
 * whole: quoted fields with doubled quotes and line breaks inside, CRLF or LF endings, a UTF-8 BOM removed,
 * blank lines skipped. Exports are not always strict, so a quote inside an unquoted field is kept as text; a
 * quoted field never closed before the end of the file (or within {@value #MAX_RECORD_CHARS} characters)
 * marks its record {@link #malformed()} for the reader to reject.
 */
public final class CsvRecords implements Closeable {
    private static final int BUFFER = 1 << 16;
    /** Past this a quoted field is taken as never closed, so one stray quote cannot swallow a whole file. */
    static final int MAX_RECORD_CHARS = 1 << 20;

    private final Reader in;
    private final char delimiter;
    private final char[] buf = new char[BUFFER];
    private int pos;
    private int len;
    private boolean eof;
    private boolean first = true;
    private long index = -1;
    private boolean malformed;
    private final StringBuilder raw = new StringBuilder(256);
    private final StringBuilder field = new StringBuilder(64);

    public CsvRecords(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    public CsvRecords(Reader in) {
        this(in, ',');
    }

    public static CsvRecords utf8(InputStream in) {
        return new CsvRecords(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** The next record's fields, or null at the end of the file. */
    public List<String> next() throws IOException {
        raw.setLength(0);
        malformed = false;
        List<String> fields = new ArrayList<>(24);
        while (true) {
            int c = read();
            if (c < 0) {
                return null;
            }
            if (c == '\n') {
                continue; // a blank line (or the LF of a CRLF already ended)
            }
            if (c == '\r') {
                continue;
            }
            unread();
            break;
        }
        index++;
        field.setLength(0);
        boolean quoted = false;
        boolean inQuotes = false;
        while (true) {
            int c = read();
            if (c < 0) {
                if (inQuotes) {
                    malformed = true;
                }
                fields.add(field.toString());
                return fields;
            }
            char ch = (char) c;
            if (inQuotes && raw.length() >= MAX_RECORD_CHARS) {
                // Give the record up as malformed and pick the file up again at the next line break.
                malformed = true;
                while (c >= 0 && c != '\n') {
                    c = read();
                }
                fields.add(field.toString());
                return fields;
            }
            if (inQuotes) {
                raw.append(ch);
                if (ch == '"') {
                    int n = peek();
                    if (n == '"') {
                        read();
                        raw.append('"');
                        field.append('"');
                    } else {
                        inQuotes = false;
                    }
                } else {
                    field.append(ch);
                }
                continue;
            }
            if (ch == delimiter) {
                raw.append(ch);
                fields.add(field.toString());
                field.setLength(0);
                quoted = false;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && peek() == '\n') {
                    read();
                }
                fields.add(field.toString());
                return fields;
            } else if (ch == '"' && field.length() == 0 && !quoted) {
                raw.append(ch);
                quoted = true;
                inQuotes = true;
            } else {
                raw.append(ch);
                field.append(ch);
            }
        }
    }

    /** The 0-based position of the record last returned, blank lines not counted. */
    public long index() {
        return index;
    }

    /** The text of the record last returned, as it stood in the file (without its line ending). */
    public String raw() {
        return raw.toString();
    }

    /** Whether the record last returned ended inside a quoted field (the file ended first). */
    public boolean malformed() {
        return malformed;
    }

    private int read() throws IOException {
        if (pos == len && !fill()) {
            return -1;
        }
        char c = buf[pos++];
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                return read();
            }
        }
        return c;
    }

    private void unread() {
        pos--;
    }

    private int peek() throws IOException {
        if (pos == len && !fill()) {
            return -1;
        }
        return buf[pos];
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        len = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
