package org.ketoplan.web;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test over a workspace server on an empty temporary folder, started before and stopped after each test. */
abstract class ServedFolder {
    @TempDir
    Path dir;
    WebSession s;

    @BeforeEach
    void startServer() {
        s = new WebSession(dir);
    }

    @AfterEach
    void stopServer() {
        s.close();
    }
}
