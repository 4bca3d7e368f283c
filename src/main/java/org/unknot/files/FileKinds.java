package org.unknot.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/** Names what a path is when it is neither a file nor a folder: a named pipe, a device or a socket. */
final class FileKinds {

    private static final int TYPE_MASK = 0170000;
    private static final int PIPE = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private FileKinds() {
    }

    /** "a named pipe (FIFO)", "a device" or "a socket" when the path (links followed) is one, else empty. */
    static Optional<String> special(Path path) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
        if (!attributes.isOther()) {
            return Optional.empty();
        }
        try {
            int type = (Integer) Files.getAttribute(path, "unix:mode") & TYPE_MASK;
            if (type == PIPE) {
                return Optional.of("a named pipe (FIFO)");
            }
            if (type == CHARACTER_DEVICE || type == BLOCK_DEVICE) {
                return Optional.of("a device");
            }
            if (type == SOCKET) {
                return Optional.of("a socket");
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // No unix view: say only that it is no ordinary file.
        }
        return Optional.of("a special file");
    }
}
