package dev.earshot.web;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * GET /vendor/echarts.js: the dashboard's chart library, whatever ECharts WebJar the build ships. The version is
 * written in one place, the parent pom; the pages import this stable address and the server sends them on to the
 * WebJar's own (long-cached) file, so a version bump touches no HTML or JavaScript.
 */
final class ChartLibrary {
    static final String PATH = "/vendor/echarts.js";
    private static final String WEBJAR = "META-INF/resources/webjars/echarts/";

    void register(RoutesConfig routes) {
        String target = "/webjars/echarts/" + version() + "/dist/echarts.esm.min.js";
        routes.get(PATH, ctx -> ctx.header("Cache-Control", "max-age=0").redirect(target));
    }

    /** The one version directory under the WebJar, read from the class path (the jar or the build's classes). */
    static String version() {
        URL dir = ChartLibrary.class.getClassLoader().getResource(WEBJAR);
        if (dir == null) {
            throw new IllegalStateException("the ECharts WebJar is not on the class path");
        }
        try {
            if (dir.getProtocol().equals("jar")) {
                JarURLConnection jar = (JarURLConnection) dir.openConnection();
                jar.setUseCaches(false);
                try (var file = jar.getJarFile()) {
                    return file.stream().map(e -> e.getName()).filter(n -> n.startsWith(WEBJAR) && n.length() > WEBJAR.length())
                            .map(n -> n.substring(WEBJAR.length()).split("/")[0]).findFirst().orElseThrow();
                }
            }
            try (Stream<Path> versions = Files.list(Path.of(dir.toURI()))) {
                return versions.map(p -> p.getFileName().toString()).findFirst().orElseThrow();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the ECharts WebJar could not be read", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the ECharts WebJar has an odd address: " + dir, e);
        }
    }
}
