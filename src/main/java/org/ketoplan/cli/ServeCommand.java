package org.ketoplan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.ketoplan.common.BadInputException;
import org.ketoplan.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ketoplan serve}: the browser workspace over a clinic folder, on this computer only by default. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Start the browser workspace: caseload, patient and prescription, meal builder, plan, a "
                + "phone-sized diary and adherence, over a clinic folder (one sub-folder per patient with "
                + "patient.yaml, plan.json and diary/), the same files the other commands use.",
                "It listens on 127.0.0.1 and prints its address, which carries a key to this session; the browser "
                        + "keeps the key in a cookie. Stop it with Ctrl-C."},
        footer = {"", "Exit codes: 0 stopped, 2 bad input (a folder that is not one, a port in use)."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--dir", paramLabel = "FOLDER", defaultValue = ".",
            description = "The clinic workspace (default the current folder); made when missing.")
    Path dir;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "The port (default any free port).")
    int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
            description = "The interface to listen on (default 127.0.0.1, this computer only). Any other lets "
                    + "other computers reach the workspace with the key: a warning is printed.")
    String host;

    @Option(names = "--no-open", description = "Do not open the address in a browser.")
    boolean noOpen;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new BadInputException("--port: must be 0 to 65535, not " + port);
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException("--dir: " + dir + " is a file, not a folder");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BadInputException("--dir: cannot make the folder " + dir + ": " + e.getMessage());
        }
        var err = spec.commandLine().getErr();
        if (!WebServer.loopback(host)) {
            err.println("warning: --host " + host + " lets other computers on the network reach this workspace "
                    + "and its patient data; they still need the key in the address. Use it only on a network you "
                    + "trust.");
        }
        WebServer server;
        try {
            server = WebServer.start(dir.toAbsolutePath().normalize(), host, port, WebServer.newToken());
        } catch (RuntimeException e) {
            throw new BadInputException("--port: cannot listen on " + host + ":" + port + ": "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
        var out = spec.commandLine().getOut();
        out.println("ketoplan workspace for " + dir.toAbsolutePath().normalize());
        out.println("Open " + server.address());
        out.println("(the address carries this session's key: do not share it; Ctrl-C stops the server)");
        out.flush();
        if (!noOpen) {
            WebServer.open(server.address());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "ketoplan-serve-stop"));
        stopped.await();
        return ExitCodes.OK;
    }
}
