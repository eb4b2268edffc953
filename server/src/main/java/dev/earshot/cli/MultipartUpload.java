package dev.earshot.cli;

import java.io.FileNotFoundException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A multipart/form-data body of files, streamed from disk (an export of hundreds of MB is never held in memory),
 * as {@code POST /v1/imports} takes it; each file is a part named {@code files}.
 */
public final class MultipartUpload {
    private final String boundary = "earshot-" + UUID.randomUUID();
    private final List<Path> files;

    public MultipartUpload(List<Path> files) {
        this.files = List.copyOf(files);
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public HttpRequest.BodyPublisher body() {
        List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString().replace("\"", "%22").replace("\r", "").replace("\n", "");
            parts.add(text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
            try {
                parts.add(HttpRequest.BodyPublishers.ofFile(f));
            } catch (FileNotFoundException e) {
                throw new IllegalArgumentException("no such file: " + f);
            }
            parts.add(text("\r\n"));
        }
        parts.add(text("--" + boundary + "--\r\n"));
        return HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new));
    }

    private static HttpRequest.BodyPublisher text(String s) {
        return HttpRequest.BodyPublishers.ofString(s, StandardCharsets.UTF_8);
    }
}
