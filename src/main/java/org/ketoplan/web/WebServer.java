package org.ketoplan.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.NoSolutionException;

/**
 * {@code ketoplan serve}'s server: the workspace's pages on Javalin (Jetty), bound to loopback unless told
 * otherwise, every request through {@link Security}. Nothing is logged (SLF4J goes nowhere), so no patient data
 * reaches a log.
 */
public final class WebServer implements AutoCloseable {
    /** The session cookie's name. */
    public static final String COOKIE = Security.COOKIE;
    /** Uploads and forms larger than this are refused before they are read (a filled workbook is well below). */
    public static final long MAX_REQUEST_BYTES = 5L * 1024 * 1024;
    /** The largest file upload (a filled-in workbook of a year's plan is about 1 MB). */
    static final long MAX_UPLOAD_BYTES = 4L * 1024 * 1024;
    private static final Map<String, String> STATIC = Map.of("app.css", "text/css; charset=utf-8", "app.js",
            "text/javascript; charset=utf-8");

    private final Javalin app;
    private final Security security;
    private final String host;

    private WebServer(Javalin app, Security security, String host) {
        this.app = app;
        this.security = security;
        this.host = host;
    }

    /**
     * Starts the workspace on {@code folder} at {@code host}:{@code port} (0: any free port).
     *
     * @param token the session token every request must carry (see {@link Security#newToken()})
     */
    public static WebServer start(Path folder, String host, int port, String token) {
        return start(folder, host, port, token, java.time.Clock.systemDefaultZone());
    }

    /** As {@link #start(Path, String, int, String)}, with the clock that says which day is today. */
    public static WebServer start(Path folder, String host, int port, String token, java.time.Clock clock) {
        Clinic clinic = new Clinic(new Workspace(folder), clock);
        Security security = new Security(token, host);
        Pages pages = new Pages(clinic);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.jetty.multipartConfig.maxFileSize(MAX_UPLOAD_BYTES, io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(MAX_REQUEST_BYTES, io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(64 * 1024, io.javalin.config.SizeUnit.BYTES);
            config.http.defaultContentType = "text/html; charset=utf-8";
            config.jetty.modifyServer(server -> server.setStopTimeout(0));
            config.routes.before(security::check);
            config.routes.get("/static/{name}", WebServer::staticFile);
            pages.routes(config.routes);
            config.routes.exception(BadInputException.class, (e, ctx) -> pages.problem(ctx, 400, e.getMessage()));
            config.routes.exception(NoSolutionException.class, (e, ctx) -> pages.problem(ctx, 422,
                    e.getMessage()));
            config.routes.exception(Workspace.NotFound.class, (e, ctx) -> pages.problem(ctx, 404, e.getMessage()));
            config.routes.exception(ForbiddenResponse.class, (e, ctx) -> pages.problem(ctx, 403, e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> pages.problem(ctx, 500,
                    "internal error (" + e.getClass().getSimpleName() + "); the files were not changed"));
        });
        app.start(host, port);
        security.port(app.port());
        return new WebServer(app, security, host);
    }

    private static void staticFile(Context ctx) {
        String name = ctx.pathParam("name");
        String type = STATIC.get(name);
        if (type == null) {
            throw new Workspace.NotFound("no such file");
        }
        try (InputStream in = WebServer.class.getResourceAsStream("/web/" + name)) {
            ctx.contentType(type).result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** The address to open: it carries the token once; the server then keeps it in a cookie. */
    public String address() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/?token=" + security.token();
    }

    /** Stops the server. */
    @Override
    public void close() {
        app.stop();
    }

    /** A new session token (see {@link Security#newToken()}). */
    public static String newToken() {
        return Security.newToken();
    }

    /** True for this computer's loopback names, the only hosts that need no warning. */
    public static boolean loopback(String host) {
        return Security.loopback(host);
    }

    /**
     * Opens {@code address} in the desktop's browser when there is one (xdg-open, open or start); where there is
     * none (a server, a container) the printed address is all there is.
     */
    public static void open(String address) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        java.util.List<String> command = os.contains("win") ? java.util.List.of("rundll32",
                "url.dll,FileProtocolHandler", address) : os.contains("mac") ? java.util.List.of("open", address)
                : java.util.List.of("xdg-open", address);
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            // no browser launcher here: the address is printed
        }
    }
}
