package dev.earshot.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real small file system for fault tests: a tmpfs of a few megabytes mounted on a temporary folder, which
 * fills for real. Mounting needs root (CI runs as root); elsewhere the test is skipped and says why.
 * {@link #freeze} makes a folder immutable ({@code chattr +i}): no file can be created in it, even by root,
 * while the files already in it stay writable — a WAL folder that cannot be written.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    public static SmallDisk mount(Path folder, int megabytes) {
        assumeRoot();
        run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", folder.toString());
        return new SmallDisk(folder);
    }

    /** Skips the calling test, saying why, unless it runs as root. */
    public static void assumeRoot() {
        assumeTrue("root".equals(System.getProperty("user.name")),
                "fault test skipped: mounting a tmpfs and chattr need root (CI runs as root)");
    }

    public Path path() {
        return mountPoint;
    }

    /** Fills the disk with a file of zeros until nothing is left; deleting it frees the space again. */
    public Path fill(String name) {
        Path filler = mountPoint.resolve(name);
        run("sh", "-c", "dd if=/dev/zero of='" + filler + "' bs=64k 2>/dev/null; true");
        return filler;
    }

    /** Leaves about {@code freeBytes} free, by filling the rest with one file. */
    public Path leaveFree(String name, long freeBytes) {
        try {
            long usable = Files.getFileStore(mountPoint).getUsableSpace();
            long blocks = Math.max(0, (usable - freeBytes) / 65_536);
            Path filler = mountPoint.resolve(name);
            run("dd", "if=/dev/zero", "of=" + filler, "bs=64k", "count=" + blocks);
            return filler;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void freeze(Path folder, boolean frozen) {
        run("chattr", frozen ? "+i" : "-i", folder.toString());
    }

    static void run(String... command) {
        try {
            Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        run("umount", "-l", mountPoint.toString());
    }
}
