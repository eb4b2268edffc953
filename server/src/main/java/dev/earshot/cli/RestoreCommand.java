package dev.earshot.cli;

import dev.earshot.backup.Backups;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** earshot restore --from DIR --db FILE [--force]: puts a backup where a (stopped) server will open it. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a backup folder into a database file for a stopped server; refuses to overwrite without --force.")
public final class RestoreCommand implements Runnable {
    @Option(names = "--from", required = true, description = "The backup folder (written by earshot backup).")
    Path from;

    @Option(names = "--db", required = true, description = "The database file to restore into.")
    Path db;

    @Option(names = "--force", description = "Replace an existing database file.")
    boolean force;

    @Override
    public void run() {
        System.out.println("restored " + Backups.restore(from, db, force));
    }
}
