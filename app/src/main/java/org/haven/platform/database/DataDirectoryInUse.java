package org.haven.platform.database;

import java.nio.file.Path;

/** Another Haven instance already runs on this data directory. */
public class DataDirectoryInUse extends RuntimeException {

    private final Path directory;

    public DataDirectoryInUse(Path directory) {
        super("The data directory " + directory.toAbsolutePath() + " is in use by another Haven instance");
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
