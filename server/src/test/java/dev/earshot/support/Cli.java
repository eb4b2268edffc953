package dev.earshot.support;

import dev.earshot.cli.EarshotCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** Runs an {@code earshot} command line in-process, as a user's shell would, and keeps what it printed. */
public final class Cli {
    private Cli() {
    }

    /** Exit code, then stdout, then stderr. */
    public static List<String> run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = EarshotCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return List.of(Integer.toString(code), out.toString(), err.toString());
    }
}
