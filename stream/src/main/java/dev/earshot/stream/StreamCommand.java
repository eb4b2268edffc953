package dev.earshot.stream;

import dev.earshot.stream.demo.BenchCommand;
import dev.earshot.stream.demo.DemoCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar earshot-stream.jar run|demo|bench|bigquery-ddl}: the scale-out job, its one-machine demo, its
 * benchmark, and the BigQuery table it writes.
 */
@Command(name = "earshot-stream", mixinStandardHelpOptions = true,
        description = "Earshot's scale-out job on Apache Flink: dedupe, enrich, sessionise, aggregate, write the lake.",
        subcommands = {RunCommand.class, DemoCommand.class, BenchCommand.class, BigQueryDdlCommand.class,
                CommandLine.HelpCommand.class})
public final class StreamCommand implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }

    public static void main(String[] args) {
        int code = new CommandLine(new StreamCommand()).execute(args);
        // Kafka's and Flink's threads may linger after the work is done: the verdict is the exit code.
        System.exit(code);
    }
}
