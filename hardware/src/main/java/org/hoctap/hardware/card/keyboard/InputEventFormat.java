package org.hoctap.hardware.card.keyboard;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The byte layout of {@code struct input_event} as the kernel writes it to {@code /dev/input/event*}:
 * a {@code timeval} (two longs: 16 bytes on 64-bit systems, 8 on 32-bit ones with a 32-bit time_t),
 * then type (u16), code (u16) and value (s32), in the machine's byte order.
 */
record InputEventFormat(int timeFieldBytes, ByteOrder order) {
    static final InputEventFormat LINUX_64 = new InputEventFormat(8, ByteOrder.LITTLE_ENDIAN);
    static final InputEventFormat LINUX_32 = new InputEventFormat(4, ByteOrder.LITTLE_ENDIAN);

    /** The layout of this JVM's machine (a 64-bit Raspberry Pi OS, or 32-bit armhf). */
    static InputEventFormat ofThisMachine() {
        String bits = System.getProperty("sun.arch.data.model", "64");
        return "32".equals(bits) ? LINUX_32 : LINUX_64;
    }

    int size() {
        return 2 * timeFieldBytes + 8;
    }

    /** The whole events in {@code bytes[0, length)} (a read from the device returns whole events). */
    List<InputEvent> decode(byte[] bytes, int length) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length).order(order);
        List<InputEvent> events = new ArrayList<>(length / size());
        while (buffer.remaining() >= size()) {
            long seconds = timeFieldBytes == 8 ? buffer.getLong() : buffer.getInt();
            long micros = timeFieldBytes == 8 ? buffer.getLong() : buffer.getInt();
            int type = Short.toUnsignedInt(buffer.getShort());
            int code = Short.toUnsignedInt(buffer.getShort());
            int value = buffer.getInt();
            events.add(new InputEvent(seconds * 1_000_000 + micros, type, code, value));
        }
        return events;
    }

    /** The bytes of {@code events} as the kernel would write them (for recording and replaying streams). */
    byte[] encode(List<InputEvent> events) {
        ByteBuffer buffer = ByteBuffer.allocate(events.size() * size()).order(order);
        for (InputEvent e : events) {
            long seconds = e.timeMicros() / 1_000_000;
            long micros = e.timeMicros() % 1_000_000;
            if (timeFieldBytes == 8) {
                buffer.putLong(seconds).putLong(micros);
            } else {
                buffer.putInt((int) seconds).putInt((int) micros);
            }
            buffer.putShort((short) e.type()).putShort((short) e.code()).putInt(e.value());
        }
        return buffer.array();
    }
}
