package dev.earshot.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The makings of hostile requests, shared by the corpora of /v1 (web.HostileInputIT) and of the scrobbler
 * protocols (sources.ProtocolHostileInputIT): values of every wrong kind, bytes that are not UTF-8, what an answer
 * must never name, and a raw-socket sender that lets a malformed request reach the server as written.
 */
public final class HostileRequests {
    /** What an answer must never contain: the names of what the server is built with. */
    public static final Pattern INTERNALS = Pattern.compile("(?i)jackson|fasterxml|duckdb|java\\.|javax|exception|sql|jetty"
            + "|javalin|eclipse|<html|<body|streamread|dev\\.earshot|\\(class |`|appender|stack ?trace|\\bat [a-z]+\\.");
    public static final List<String> DATES = List.of("+999999999-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z",
            "+1000000000-01-01T00:00:00Z", "-290309-01-01T00:00:00Z", "+294248-01-01T00:00:00Z",
            "0000-01-01T00:00:00Z", "2024-13-45T25:61:61Z", "2024-01-01T00:00:00+25:00", "2024-01-01",
            "1700000000", "%zz", "%u0041", "2024-01-01T00:00:00Z%00", "x".repeat(5000));
    public static final List<String> NUMBERS = List.of("-1", "0", "99999999999999999999", "2147483648", "-2147483649",
            "1e9", "1.5", "NaN", "Infinity", "0x10", "%zz", "%u0041", "%00", "%EF%BC%91%EF%BC%92", "1%00",
            "9".repeat(5000));
    public static final List<String> WORDS = List.of("%zz", "%u0041", "%00", "NOT_A_VALUE", "x".repeat(3000), "%C0%AF");
    public static final List<String> IDS = List.of("%u0041", "%zz", "%", "a%2", "%00", "a%00b", "x".repeat(12_000),
            "%C0%AF", "%FF%FE", "%ED%A0%80", "..%2F..%2Fetc%2Fpasswd", "%0D%0AX-Injected:%201", "%F0%9F%8E%B5",
            "%22%3E%3Cscript%3E");
    /** Not UTF-8: stray bytes, overlong forms, surrogates, truncated sequences, Latin-1. */
    public static final List<byte[]> NOT_UTF8 = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0x80},
            new byte[] {(byte) 0xC1, (byte) 0xBF}, new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
            new byte[] {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xE9},
            new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82});

    private HostileRequests() {
    }

    /** The template's {@code %s} replaced by raw bytes. */
    public static byte[] splice(String template, byte[] bad) {
        int at = template.indexOf("%s");
        byte[] head = template.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = template.substring(at + 2).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(bad, 0, out, head.length, bad.length);
        System.arraycopy(tail, 0, out, head.length + bad.length, tail.length);
        return out;
    }

    /** Sends one request as raw bytes (no client library cleans it up on the way) and reads the whole answer. */
    public static Reply send(int port, String method, String target, String contentType, byte[] body,
                             String... headers) throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\nConnection: close\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        request.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            request.write(body);
        }
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(60_000);
            s.getOutputStream().write(request.toByteArray());
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return Reply.parse(out.toByteArray());
        }
    }

    public record Reply(int status, String contentType, String body) {
        static Reply parse(byte[] raw) {
            String all = new String(raw, StandardCharsets.ISO_8859_1);
            int end = all.indexOf("\r\n\r\n");
            String head = end < 0 ? all : all.substring(0, end);
            String[] lines = head.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            String type = "";
            boolean chunked = false;
            for (String line : lines) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-type:")) {
                    type = line.substring(13).strip();
                }
                if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            byte[] body = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
            return new Reply(status, type, new String(chunked ? dechunk(body) : body, StandardCharsets.UTF_8));
        }

        private static byte[] dechunk(byte[] body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int i = 0;
            while (i < body.length) {
                int lineEnd = i;
                while (lineEnd + 1 < body.length && !(body[lineEnd] == '\r' && body[lineEnd + 1] == '\n')) {
                    lineEnd++;
                }
                String size = new String(body, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0].strip();
                int n = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
                if (n == 0) {
                    break;
                }
                out.write(body, lineEnd + 2, Math.min(n, body.length - lineEnd - 2));
                i = lineEnd + 2 + n + 2;
            }
            return out.toByteArray();
        }

        public String bodyStart() {
            return body.length() <= 300 ? body : body.substring(0, 300) + "…";
        }
    }
}
