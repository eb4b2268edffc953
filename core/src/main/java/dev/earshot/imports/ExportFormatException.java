package dev.earshot.imports;

import java.io.IOException;

/**
 * A file that cannot be read as its format at all (not JSON, not an array of records, no header row), as
 * opposed to a bad record inside a good file, which goes to {@link ImportSink#rejected}. The message names the
 * file and what was expected, in words a person can act on.
 */
public final class ExportFormatException extends IOException {
    private final String file;

    public ExportFormatException(String file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    public String file() {
        return file;
    }
}
