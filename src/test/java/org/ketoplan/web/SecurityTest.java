package org.ketoplan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The workspace's guard: token, cookie, Host, Origin, security headers, escaping. */
class SecurityTest extends ServedFolder {

    @Test
    void withoutTheTokenNothingIsShown() {
        WebSession.Response r = s.send(HttpRequest.newBuilder(URI.create(s.base() + "/")).GET().build());
        assertEquals(403, r.status());
        assertTrue(r.body().contains("Open the address that ketoplan serve printed"), r.body());
        assertFalse(r.body().contains("Caseload</h1>"));
        WebSession.Response wrong = s.send(HttpRequest.newBuilder(URI.create(s.base() + "/"))
                .header("Cookie", Security.COOKIE + "=" + "x".repeat(43)).GET().build());
        assertEquals(403, wrong.status());
        assertEquals(403, s.send(HttpRequest.newBuilder(URI.create(s.base() + "/static/app.js")).GET().build())
                .status());
    }

    @Test
    void theTokenInTheAddressBecomesAStrictHttpOnlyCookieAndLeavesTheAddress() {
        WebSession.Response r = s.send(HttpRequest.newBuilder(URI.create(s.base() + "/?token=" + s.token))
                .GET().build());
        assertEquals(303, r.status());
        assertEquals("/", r.header("Location"));
        String cookie = r.header("Set-Cookie");
        assertTrue(cookie.startsWith(Security.COOKIE + "=" + s.token + ";"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertTrue(s.server.address().endsWith("/?token=" + s.token));
        assertTrue(s.token.length() >= 43, "256 random bits in URL-safe Base64");
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        WebSession.Response r = s.get("/");
        assertEquals(200, r.status());
        assertEquals(Security.CSP, r.header("Content-Security-Policy"));
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertEquals("same-origin", r.header("Referrer-Policy"));
        assertEquals("DENY", r.header("X-Frame-Options"));
        assertFalse(r.body().contains("<script>"), "no inline script: the policy forbids it");
        assertFalse(r.body().contains(" style=\""), "no inline style");
    }

    @Test
    void anotherHostNameIsRefusedAgainstDnsRebinding() throws IOException {
        assertTrue(rawGet("evil.example:" + s.server.port()).startsWith("HTTP/1.1 403"));
        assertTrue(rawGet("127.0.0.1:" + (s.server.port() + 1)).startsWith("HTTP/1.1 403"));
        assertTrue(rawGet("localhost:" + s.server.port()).startsWith("HTTP/1.1 200"));
    }

    private String rawGet(String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", s.server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nCookie: " + Security.COOKIE + "=" + s.token
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aChangeFromAnotherSiteOrWithoutOriginIsRefusedAndWritesNothing() {
        HttpRequest noOrigin = HttpRequest.newBuilder(URI.create(s.base() + "/example"))
                .header("Cookie", Security.COOKIE + "=" + s.token).POST(HttpRequest.BodyPublishers.noBody()).build();
        assertEquals(403, s.send(noOrigin).status());
        HttpRequest evil = HttpRequest.newBuilder(URI.create(s.base() + "/example"))
                .header("Cookie", Security.COOKIE + "=" + s.token).header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        WebSession.Response r = s.send(evil);
        assertEquals(403, r.status());
        assertTrue(r.body().contains("A change must come from this workspace's own pages"));
        assertFalse(Files.exists(dir.resolve("example")));
        assertEquals(303, s.post("/example").status());
        assertTrue(Files.exists(dir.resolve("example/patient.yaml")));
    }

    @Test
    void textFromFilesIsEscaped() throws IOException {
        Path p = dir.resolve("anna");
        Files.createDirectories(p);
        Files.writeString(p.resolve("patient.yaml"), "name: \"<script>alert(1)</script>\"\nage_months: 60\n"
                + "weight_kg: 18\nprescription:\n  ratio: 3\n");
        String page = s.get("/").body();
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
        assertFalse(page.contains("<script>alert(1)"));
    }

    @Test
    void onlyTheWorkspacesOwnFilesAreServed() {
        assertEquals(200, s.get("/static/app.css").status());
        assertEquals(404, s.get("/static/..%2fWebServer.class").status());
        assertEquals(404, s.get("/p/..%2f..%2fetc/plan").status());
        assertEquals(404, s.get("/p/nobody").status());
    }

    @Test
    void anOtherInterfaceIsNotLoopback() {
        assertTrue(WebServer.loopback("127.0.0.1"));
        assertTrue(WebServer.loopback("localhost"));
        assertTrue(WebServer.loopback("::1"));
        assertFalse(WebServer.loopback("0.0.0.0"));
        assertFalse(WebServer.loopback("192.168.1.20"));
    }
}
