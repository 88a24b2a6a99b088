package org.hoctap.provisioning.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;

/**
 * Who owns a file and who may read it. A database put in place by root must stay the service's
 * (user {@code hoctap}), or the service cannot open it.
 */
record FileOwnership(UserPrincipal owner, GroupPrincipal group, Set<PosixFilePermission> permissions) {
    /** Written by the owner alone, read by its group too, by no one else. */
    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r-----");

    static FileOwnership of(Path file) throws IOException {
        PosixFileAttributes attributes = Files.readAttributes(file, PosixFileAttributes.class);
        return new FileOwnership(attributes.owner(), attributes.group(), attributes.permissions());
    }

    /** For a file that replaces none: the folder's owner and group. */
    static FileOwnership newFileIn(Path folder) throws IOException {
        PosixFileAttributes attributes = Files.readAttributes(folder, PosixFileAttributes.class);
        return new FileOwnership(attributes.owner(), attributes.group(), NEW_FILE);
    }

    void applyTo(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        PosixFileAttributes now = view.readAttributes();
        // Only what differs: someone who is not root may restore their own files, but not chown them.
        if (!now.owner().equals(owner)) {
            view.setOwner(owner);
        }
        if (!now.group().equals(group)) {
            view.setGroup(group);
        }
        view.setPermissions(permissions);
    }
}
