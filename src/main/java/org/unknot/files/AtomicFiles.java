package org.unknot.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.unknot.domain.OffUiThread;

/** Writes a file through a temporary file in the same folder, then moves it into place: never half-written. */
public final class AtomicFiles {

    /** Writes a file's text; what it writes is only kept if it returns normally. */
    @FunctionalInterface
    public interface TextContent {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes a file's bytes; what it writes is only kept if it returns normally. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /** Streams UTF-8 text (no byte order mark) into the file, so a large file is never built in memory first. */
    public static void writeUtf8(Path target, TextContent content) throws IOException {
        write(target, out -> {
            // Not closed here: closing would close the channel before it is forced to disk.
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            content.writeTo(writer);
            writer.flush();
        });
    }

    /** Streams bytes into the file, so a large file is never built in memory first. */
    public static void write(Path target, Content content) throws IOException {
        OffUiThread.require();
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new IOException(absolute.getFileName() + " is a folder; choose a file name instead");
        }
        Optional<String> special = FileKinds.special(absolute);
        if (special.isPresent()) {
            throw new IOException(absolute.getFileName() + " is " + special.get() + ", not a file; choose a file name "
                    + "instead");
        }
        Path folder = absolute.getParent();
        // A short name of its own, so that a target name near the system's limit still has room for it.
        Path temporary = Files.createTempFile(folder, ".unknot-", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                content.writeTo(Channels.newOutputStream(channel));
                channel.force(true);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
