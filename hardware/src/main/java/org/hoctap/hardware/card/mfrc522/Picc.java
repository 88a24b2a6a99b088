package org.hoctap.hardware.card.mfrc522;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * The card side of ISO/IEC 14443-3 type A through the chip: wake a card in the field, read its UID
 * through the cascade levels (4, 7 or 10 bytes) with anticollision and select, then halt it so that a
 * card left lying on the reader is not read again until it is taken away.
 */
final class Picc {
    private static final byte REQA = 0x26;
    private static final byte HALT = 0x50;
    private static final byte[] CASCADE_LEVELS = {(byte) 0x93, (byte) 0x95, (byte) 0x97};
    private static final byte ANTICOLLISION = 0x20;
    private static final byte SELECT = 0x70;
    private static final byte CASCADE_TAG = (byte) 0x88;
    private static final int SAK_UID_NOT_COMPLETE = 0x04;

    private final Mfrc522 chip;

    Picc(Mfrc522 chip) {
        this.chip = chip;
    }

    /** Whether an idle card is in the field (a halted one does not answer REQA). */
    boolean cardPresent() throws ChipNotAnswering {
        Frame atqa = chip.transceive(new byte[] {REQA}, 7);
        return atqa.ok() && atqa.data().length == 2;
    }

    /** The UID of the card that answered {@link #cardPresent}, empty when it left or two answered at once. */
    Optional<byte[]> readUid() throws ChipNotAnswering {
        ByteArrayOutputStream uid = new ByteArrayOutputStream();
        for (byte level : CASCADE_LEVELS) {
            Frame answer = chip.transceive(new byte[] {level, ANTICOLLISION}, 0);
            if (!answer.ok() || answer.data().length != 5 || !bccMatches(answer.data())) {
                return Optional.empty();
            }
            byte[] part = Arrays.copyOf(answer.data(), 4);
            byte[] select = new byte[7];
            select[0] = level;
            select[1] = SELECT;
            System.arraycopy(answer.data(), 0, select, 2, 5);
            Frame sak = chip.transceive(CrcA.append(select), 0);
            if (!sak.ok() || sak.data().length != 3 || !CrcA.isValid(sak.data())) {
                return Optional.empty();
            }
            boolean more = (sak.data()[0] & SAK_UID_NOT_COMPLETE) != 0;
            if (more != (part[0] == CASCADE_TAG)) {
                return Optional.empty(); // the card contradicts itself: a bad read
            }
            if (!more) {
                uid.writeBytes(part);
                return Optional.of(uid.toByteArray());
            }
            uid.write(part, 1, 3);
        }
        return Optional.empty();
    }

    /** Puts the selected card to sleep; it does not answer (ISO 14443-3: no answer means done). */
    void halt() throws ChipNotAnswering {
        chip.transceive(CrcA.append(new byte[] {HALT, 0x00}), 0);
    }

    private static boolean bccMatches(byte[] answer) {
        return (answer[0] ^ answer[1] ^ answer[2] ^ answer[3]) == answer[4];
    }
}
