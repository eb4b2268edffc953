package dev.earshot.imports;

import java.util.List;
import java.util.Optional;

/** Every entry of one import (the files given, zips opened), so that a reader can find a companion file. */
public record Export(List<ExportEntry> entries) {
    public Export {
        entries = List.copyOf(entries);
    }

    /** The first entry whose name (without folders) matches, ignoring case. */
    public Optional<ExportEntry> find(java.util.function.Predicate<String> baseName) {
        return entries.stream().filter(e -> baseName.test(baseName(e.name()))).findFirst();
    }

    public static String baseName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }
}
