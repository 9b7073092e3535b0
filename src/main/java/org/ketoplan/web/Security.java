package org.ketoplan.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The workspace's guard for patient data: every request must carry the session token (in the printed address
 * once, then as a cookie), name this server in its Host header (against DNS rebinding), and, when it changes
 * anything, come from this server's own pages (Origin). Every response forbids framing, sniffing, referrers to
 * other sites, caching and any script or style not served from here (Content-Security-Policy).
 */
final class Security {
    static final String COOKIE = "ketoplan_token";
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'";
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

    private final String token;
    private final String host;
    private volatile int port;

    Security(String token, String host) {
        this.token = token;
        this.host = host;
    }

    /** A new token: 32 random bytes, URL-safe Base64 (256 bits, not guessable). */
    static String newToken() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    String token() {
        return token;
    }

    void port(int p) {
        this.port = p;
    }

    /** Runs before every handler: the checks, then the security headers; a failed check ends the request. */
    void check(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin"); // "no-referrer" makes a form's Origin "null"
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
        if (!hostAllowed(ctx.header("Host"))) {
            throw new ForbiddenResponse("This server answers only to the address that ketoplan serve printed.");
        }
        String given = ctx.queryParam("token");
        if (given != null && same(given, token)) {
            ctx.cookie(new Cookie(COOKIE, token, "/", -1, false, true, null, SameSite.STRICT));
            ctx.redirect(ctx.path(), HttpStatus.SEE_OTHER); // the token leaves the address bar and the history
            ctx.skipRemainingHandlers();
            return;
        }
        String cookie = ctx.cookie(COOKIE);
        if (cookie == null || !same(cookie, token)) {
            throw new ForbiddenResponse("Open the address that ketoplan serve printed (it carries the key to "
                    + "this workspace).");
        }
        if (!"GET".equals(ctx.method().name()) && !"HEAD".equals(ctx.method().name())) {
            String origin = ctx.header("Origin");
            if (origin == null || !originAllowed(origin)) {
                throw new ForbiddenResponse("A change must come from this workspace's own pages.");
            }
        }
    }

    boolean hostAllowed(String header) {
        if (header == null) {
            return false;
        }
        String h = header.toLowerCase(java.util.Locale.ROOT);
        String suffix = ":" + port;
        if (!h.endsWith(suffix)) {
            return false;
        }
        String name = h.substring(0, h.length() - suffix.length());
        return LOOPBACK.contains(name) || name.equals(host.toLowerCase(java.util.Locale.ROOT))
                || name.equals("[" + host.toLowerCase(java.util.Locale.ROOT) + "]");
    }

    boolean originAllowed(String origin) {
        String o = origin.toLowerCase(java.util.Locale.ROOT);
        if (!o.startsWith("http://")) {
            return false;
        }
        return hostAllowed(o.substring("http://".length()));
    }

    /** Compares in time independent of where the strings differ. */
    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** True for the names of this computer's loopback interface. */
    static boolean loopback(String host) {
        return LOOPBACK.contains(host) || "::1".equals(host);
    }
}
