package dev.earshot.imports;

import java.io.IOException;
import java.io.InputStream;

/**
 * One file of an export: a file the user gave, or an entry of a zip they gave. {@code name} is its path
 * inside the zip (or its file name); {@code open} may be called more than once (detection peeks at the head).
 */
public interface ExportEntry {
    String name();

    InputStream open() throws IOException;
}
