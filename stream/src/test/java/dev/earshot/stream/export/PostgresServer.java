package dev.earshot.stream.export;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server from Debian's binaries (apt package postgresql, which .ci/run installs; no service of its own is started): a cluster
 * made by initdb in a temporary folder, started by pg_ctl on a free loopback port with its socket in that folder
 * (no system service, no other listener), one database, stopped and deleted on close. initdb refuses to run as
 * root, so as root (CI) the folder is handed to the package's {@code postgres} user and the tools run as it.
 */
final class PostgresServer implements AutoCloseable {
    /** Where Debian puts the newest installed server (15 on bookworm, 17 on trixie). */
    static final Path BIN = newestServer(Path.of("/usr/lib/postgresql"));
    private final Path dir;
    private final boolean root;
    private final int port;

    private PostgresServer(Path dir, boolean root, int port) {
        this.dir = dir;
        this.root = root;
        this.port = port;
    }

    static boolean installed() {
        return Files.isExecutable(BIN.resolve("initdb")) && Files.isExecutable(BIN.resolve("pg_ctl"));
    }

    static PostgresServer start() throws Exception {
        Path dir = Files.createTempDirectory("earshot-pg-");
        boolean root = ((Integer) Files.getAttribute(dir, "unix:uid")) == 0;
        if (root) {
            UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(dir, users.lookupPrincipalByName("postgres"));
        }
        PostgresServer server = new PostgresServer(dir, root, freePort());
        server.run("initdb", "-D", server.data(), "-U", "earshot", "--auth=trust", "-E", "UTF8", "--no-locale");
        Files.createDirectories(dir.resolve("socket"));
        if (root) {
            Files.setOwner(dir.resolve("socket"), Files.getOwner(dir));
        }
        server.run("pg_ctl", "-D", server.data(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "120",
                "-o", "-h 127.0.0.1 -p " + server.port + " -k " + dir.resolve("socket") + " -c fsync=off", "start");
        try (Connection c = DriverManager.getConnection(server.url("postgres")); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE earshot");
        }
        return server;
    }

    /** The JDBC URL of the test database, user earshot (trusted on loopback). */
    String url() {
        return url("earshot");
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=earshot";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    @Override
    public void close() throws Exception {
        try {
            run("pg_ctl", "-D", data(), "-m", "fast", "-w", "-t", "120", "stop");
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    private void run(String tool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(BIN.resolve(tool).toString());
        command.addAll(List.of(args));
        Path output = Files.createTempFile("earshot-pg-" + tool, ".out");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!p.waitFor(3, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException(tool + " did not finish within 3 minutes: " + Files.readString(output));
            }
            if (p.exitValue() != 0) {
                Path log = dir.resolve("server.log");
                throw new IOException(String.join(" ", command) + " exited " + p.exitValue() + ": "
                        + Files.readString(output) + (Files.exists(log) ? Files.readString(log) : ""));
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static Path newestServer(Path root) {
        try (Stream<Path> versions = Files.list(root)) {
            return versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                    .max(Comparator.comparingInt(PostgresServer::major)).orElse(root.resolve("15")).resolve("bin");
        } catch (IOException noneInstalled) {
            return root.resolve("15/bin");
        }
    }

    private static int major(Path version) {
        String name = version.getFileName().toString();
        return name.matches("\\d+") ? Integer.parseInt(name) : -1;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
