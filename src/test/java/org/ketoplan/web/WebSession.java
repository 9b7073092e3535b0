package org.ketoplan.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.StringJoiner;

/**
 * A workspace server on a free loopback port over a folder, with a fixed "today", and an HTTP client that
 * carries the session cookie and this server's Origin, as the browser does (redirects are not followed, so tests
 * see them).
 */
final class WebSession implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    final WebServer server;
    final String token;
    final Path folder;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    WebSession(Path folder) {
        this.folder = folder;
        this.token = WebServer.newToken();
        this.server = WebServer.start(folder, "127.0.0.1", 0, token,
                Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    record Response(int status, String body, HttpResponse<byte[]> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    Response get(String path) {
        return send(request(path).GET().build());
    }

    /** POSTs a form: name, value, name, value, ... */
    Response post(String path, String... form) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))).build());
    }

    /** As the page's script posts a change (the answer is the fragment, or the message alone). */
    Response fetch(String path, String... form) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Requested-With", "fetch").POST(HttpRequest.BodyPublishers.ofString(form(form))).build());
    }

    /** POSTs a multipart form: the fields (name, value, ...) and one file, as a browser's file input sends it. */
    Response upload(String path, String fileField, String filename, byte[] content, String... fields) {
        String boundary = "----ketoplan" + Long.toHexString(System.nanoTime());
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fields[i])
                    .append("\"\r\n\r\n").append(fields[i + 1]).append("\r\n");
        }
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileField)
                .append("\"; filename=\"").append(filename).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path)).header("Cookie", Security.COOKIE + "=" + token)
                .header("Origin", base());
    }

    Response send(HttpRequest r) {
        try {
            HttpResponse<byte[]> res = client.send(r, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(res.statusCode(), new String(res.body(), StandardCharsets.UTF_8), res);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String form(String... pairs) {
        StringJoiner j = new StringJoiner("&");
        for (int i = 0; i < pairs.length; i += 2) {
            j.add(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return j.toString();
    }

    @Override
    public void close() {
        server.close();
    }
}
