package org.hoctap.hardware.card.keyboard;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A Linux input device opened without blocking and grabbed ({@code EVIOCGRAB}): while we hold it, its
 * key presses reach no one else, so a card number never lands in the browser or the console. Needs
 * read access to the device (the {@code input} group). Through JNA, which Pi4J already brings.
 */
final class GrabbedInputDevice implements EventSource {
    private static final int O_RDONLY = 0;
    private static final int O_NONBLOCK = 0x800;
    private static final int EAGAIN = 11;
    /** {@code _IOW('E', 0x90, int)}. */
    private static final NativeLong EVIOCGRAB = new NativeLong(0x40044590L);

    private interface LibC extends Library {
        int open(String path, int flags);

        int ioctl(int fd, NativeLong request, long argument);

        NativeLong read(int fd, byte[] buffer, NativeLong count);

        int close(int fd);
    }

    private static final class Holder {
        static final LibC LIBC = Native.load("c", LibC.class);
    }

    private final Path device;
    private final int fd;

    private GrabbedInputDevice(Path device, int fd) {
        this.device = device;
        this.fd = fd;
    }

    static GrabbedInputDevice open(Path device) throws IOException {
        int fd = Holder.LIBC.open(device.toString(), O_RDONLY | O_NONBLOCK);
        if (fd < 0) {
            throw new IOException("cannot open " + device + " (errno " + Native.getLastError()
                    + "; is the service user in the 'input' group?)");
        }
        if (Holder.LIBC.ioctl(fd, EVIOCGRAB, 1) != 0) {
            int errno = Native.getLastError();
            Holder.LIBC.close(fd);
            throw new IOException("cannot grab " + device + " (errno " + errno + "; another program holds it?)");
        }
        return new GrabbedInputDevice(device, fd);
    }

    @Override
    public int read(byte[] buffer) throws IOException {
        long n = Holder.LIBC.read(fd, buffer, new NativeLong(buffer.length)).longValue();
        if (n >= 0) {
            return n == 0 ? -1 : (int) n;
        }
        int errno = Native.getLastError();
        if (errno == EAGAIN) {
            return 0;
        }
        throw new IOException("reading " + device + " failed (errno " + errno + "; unplugged?)");
    }

    @Override
    public void close() {
        Holder.LIBC.ioctl(fd, EVIOCGRAB, 0);
        Holder.LIBC.close(fd);
    }
}
