package org.hoctap.hardware.card.mfrc522;

/** The ISO/IEC 14443-3 type A frame checksum (CRC-16, preset 0x6363, reflected polynomial 0x8408). */
final class CrcA {
    private CrcA() {
    }

    /** {@code frame} followed by its two CRC bytes, low byte first. */
    static byte[] append(byte[] frame) {
        int crc = of(frame, frame.length);
        byte[] out = java.util.Arrays.copyOf(frame, frame.length + 2);
        out[frame.length] = (byte) crc;
        out[frame.length + 1] = (byte) (crc >>> 8);
        return out;
    }

    /** Whether the last two bytes of {@code frame} are the CRC of the ones before. */
    static boolean isValid(byte[] frame) {
        if (frame.length < 3) {
            return false;
        }
        int crc = of(frame, frame.length - 2);
        return (frame[frame.length - 2] & 0xFF) == (crc & 0xFF) && (frame[frame.length - 1] & 0xFF) == (crc >>> 8);
    }

    static int of(byte[] data, int length) {
        int crc = 0x6363;
        for (int i = 0; i < length; i++) {
            crc ^= data[i] & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0x8408 : crc >>> 1;
            }
        }
        return crc & 0xFFFF;
    }
}
