package org.unknot.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.Channels;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Health records are private: every folder Unknot makes is 0700 and every file 0600. Permissions are only ever
 * tightened, never through a symbolic link, and never on a file the user made read-only.
 */
final class OwnerOnly {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    static void createFolders(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (POSIX) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
        } else {
            Files.createDirectories(folder);
        }
    }

    /** Creates a new folder (failing if it exists) that nobody else can enter. */
    static void createFolder(Path folder) throws IOException {
        Files.createDirectory(folder, fileAttributesForFolder());
    }

    /** Creates a new empty file (failing if anything is there, a link included) that nobody else can read. */
    static void createFile(Path file) throws IOException {
        Files.createFile(file, fileAttributes());
    }

    static FileAttribute<?>[] fileAttributes() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    static FileAttribute<?>[] fileAttributesForFolder() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FOLDER)} : new FileAttribute<?>[0];
    }

    /** Makes an existing regular file of Unknot's 0600, unless it is a link or the owner made it read-only. */
    static void tighten(Path file) throws IOException {
        if (!POSIX || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        Set<PosixFilePermission> now = view.readAttributes().permissions();
        if (now.contains(PosixFilePermission.OWNER_WRITE) && !now.equals(FILE)) {
            view.setPermissions(FILE);
        }
    }

    /**
     * Whether the owner lets the file or folder be written: the write permission must be set (root may write anyway,
     * but a file the user made read-only stays read-only) and the system must allow it.
     */
    static boolean mayWrite(Path path) {
        try {
            if (POSIX && !Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS)
                    .contains(PosixFilePermission.OWNER_WRITE)) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        return Files.isWritable(path);
    }

    /** Copies a file into a new owner-only file and forces it to the disk before returning. */
    static void copyInto(Path source, Path target) throws IOException {
        createFile(target);
        try (InputStream in = Files.newInputStream(source, LinkOption.NOFOLLOW_LINKS);
             FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            in.transferTo(Channels.newOutputStream(out));
            out.force(true);
        }
    }
}
