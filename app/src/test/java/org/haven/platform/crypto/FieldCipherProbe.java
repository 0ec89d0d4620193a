package org.haven.platform.crypto;

import java.nio.file.Path;

/** Builds a cipher the way Spring does, for tests outside the package. */
public final class FieldCipherProbe {

    private FieldCipherProbe() {
    }

    public static FieldCipher create(String key, Path dataDir) {
        return new FieldCipher(key, dataDir);
    }
}
