package dev.earshot.stream;

import dev.earshot.stream.export.BigQueryTable;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bigquery-ddl TABLE}: prints the SQL that creates the table the BigQuery sink writes, and its dedupe view. */
@Command(name = "bigquery-ddl", mixinStandardHelpOptions = true,
        description = "Print the CREATE TABLE (the events table's columns) and the dedupe view for the BigQuery sink.")
public final class BigQueryDdlCommand implements Callable<Integer> {
    @Parameters(paramLabel = "TABLE", description = "PROJECT.DATASET.TABLE")
    String table;

    @Override
    public Integer call() {
        System.out.print(BigQueryTable.ddl(table));
        return 0;
    }
}
