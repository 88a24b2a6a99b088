package org.hoctap.provisioning.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A copy of a file made beside the file it is to become, given its owner and permissions and
 * written to disk, then renamed over it in one step: a power cut or a full disk part-way leaves the
 * old file or the new one whole, never half of one. Closed before it took its place, the copy is
 * removed.
 */
final class StagedCopy implements AutoCloseable {
    /** Copies a file's bytes into another, existing one. */
    interface Copier {
        void copy(Path from, Path to) throws IOException;
    }

    static final Copier BYTES = StagedCopy::copyBytes;

    private final Path staged;
    private final Path target;
    private boolean placed;

    private StagedCopy(Path staged, Path target) {
        this.staged = staged;
        this.target = target;
    }

    static StagedCopy of(Path source, Path target, FileOwnership ownership, Copier copier) throws IOException {
        Path staged = Files.createTempFile(folderOf(target), target.getFileName() + ".", ".partial");
        try {
            copier.copy(source, staged);
            ownership.applyTo(staged);
            try (FileChannel file = FileChannel.open(staged, StandardOpenOption.WRITE)) {
                file.force(true);
            }
            return new StagedCopy(staged, target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(staged);
            throw e;
        }
    }

    /** Renames the copy over the target, replacing the file there if there is one. */
    void putInPlace() throws IOException {
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        placed = true;
        try (FileChannel folder = FileChannel.open(folderOf(target), StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException e) {
            // Not every file system syncs a folder; the rename is done either way.
        }
    }

    @Override
    public void close() throws IOException {
        if (!placed) {
            Files.deleteIfExists(staged);
        }
    }

    private static Path folderOf(Path file) {
        return file.toAbsolutePath().getParent();
    }

    private static void copyBytes(Path from, Path to) throws IOException {
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
                FileChannel out = FileChannel.open(to, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
            long size = in.size();
            long done = 0;
            while (done < size) {
                long copied = in.transferTo(done, size - done, out);
                if (copied == 0) {
                    throw new IOException(from + " ended after " + done + " of its " + size + " bytes");
                }
                done += copied;
            }
        }
    }
}
