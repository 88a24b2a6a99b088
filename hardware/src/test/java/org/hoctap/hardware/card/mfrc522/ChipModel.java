package org.hoctap.hardware.card.mfrc522;

import com.pi4j.io.spi.Spi;
import com.pi4j.io.spi.SpiConfig;
import com.pi4j.io.spi.SpiProvider;
import com.pi4j.io.spi.SpiProviderBase;
import com.pi4j.plugin.mock.provider.spi.MockSpi;
import com.pi4j.plugin.mock.provider.spi.MockSpiProviderImpl;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Pi4J's mock SPI device made to behave like an MFRC522 at register level, with a scripted card in
 * its field: answers REQA, anticollision, select and HALT as ISO 14443-3 says. Faults on demand: the
 * chip stops answering (reads 0x00 or 0xFF), the card leaves after answering REQA, two cards collide.
 */
public final class ChipModel extends MockSpi {
    enum Silence { NONE, ZEROS, ONES }

    private enum CardState { IDLE, READY, ACTIVE, HALTED }

    /** A provider of chip models, to add to a Pi4J context in place of the plain mock SPI. */
    static final class Provider extends MockSpiProviderImpl {
        @Override
        public Spi create(SpiConfig config) {
            return new ChipModel(this, config);
        }
    }

    /** A provider of chip models under another provider's id (e.g. {@code linuxfs-spi}, as on a Pi). */
    public static SpiProvider providerNamed(String id) {
        return new SpiProviderBase(id, "MFRC522 model") {
            @Override
            public Spi create(SpiConfig config) {
                ChipModel model = new ChipModel(this, config);
                context().registry().add(model);
                return model;
            }
        };
    }

    private final int[] registers = new int[64];
    private final ArrayDeque<Byte> fifo = new ArrayDeque<>();
    private byte[] uid;
    private CardState card = CardState.IDLE;
    private int level;
    private boolean leavesAfterRequest;
    private boolean collision;
    private Silence silence = Silence.NONE;
    int softResets;

    private ChipModel(SpiProvider provider, SpiConfig config) {
        super(provider, config);
        powerOn();
    }

    public void putCard(byte[] uid) {
        this.uid = uid.clone();
        card = CardState.IDLE;
    }

    void takeCardAway() {
        uid = null;
    }

    /** The card answers REQA, then is taken away before its UID is read. */
    void cardLeavesAfterRequest() {
        leavesAfterRequest = true;
    }

    void twoCardsAtOnce() {
        collision = true;
    }

    void silence(Silence silence) {
        this.silence = silence;
    }

    /** Stands for the reset pin: the chip starts over. */
    void powerOn() {
        Arrays.fill(registers, 0);
        registers[Registers.VERSION] = 0x92;
        fifo.clear();
    }

    @Override
    public int transfer(byte[] write, int writeOffset, byte[] read, int readOffset, int length) {
        int address = write[writeOffset] & 0xFF;
        int register = (address >> 1) & 0x3F;
        if (silence != Silence.NONE) {
            Arrays.fill(read, readOffset, readOffset + length, silence == Silence.ONES ? (byte) 0xFF : 0);
            return length;
        }
        if ((address & 0x80) != 0) {
            read[readOffset + 1] = (byte) readRegister(register);
        } else {
            writeRegister(register, write[writeOffset + 1] & 0xFF);
        }
        return length;
    }

    private int readRegister(int register) {
        return switch (register) {
            case Registers.FIFO_DATA -> fifo.isEmpty() ? 0 : fifo.poll() & 0xFF;
            case Registers.FIFO_LEVEL -> fifo.size();
            default -> registers[register];
        };
    }

    private void writeRegister(int register, int value) {
        switch (register) {
            case Registers.COMMAND -> {
                registers[register] = value;
                if (value == Registers.CMD_SOFT_RESET) {
                    softResets++;
                    powerOn();
                }
            }
            case Registers.COM_IRQ -> registers[register] &= ~(value & 0x7F); // Set1 = 0: clears the marked bits
            case Registers.FIFO_DATA -> fifo.add((byte) value);
            case Registers.FIFO_LEVEL -> {
                if ((value & Registers.FLUSH_FIFO) != 0) {
                    fifo.clear();
                }
            }
            case Registers.BIT_FRAMING -> {
                registers[register] = value & 0x7F;
                if ((value & Registers.START_SEND) != 0 && registers[Registers.COMMAND] == Registers.CMD_TRANSCEIVE) {
                    transceive(value & 0x07);
                }
            }
            default -> registers[register] = value;
        }
    }

    private void transceive(int lastBits) {
        byte[] frame = new byte[fifo.size()];
        for (int i = 0; i < frame.length; i++) {
            frame[i] = fifo.poll();
        }
        registers[Registers.ERROR] = 0;
        registers[Registers.CONTROL] = 0;
        byte[] answer = answer(frame, lastBits);
        if (answer == null) {
            registers[Registers.COM_IRQ] |= Registers.IRQ_TIMER;
            return;
        }
        for (byte b : answer) {
            fifo.add(b);
        }
        registers[Registers.COM_IRQ] |= Registers.IRQ_RX | Registers.IRQ_IDLE;
    }

    /** The card's answer to a frame, or null for silence (no card, wrong state, HALT). */
    private byte[] answer(byte[] frame, int lastBits) {
        if (uid == null) {
            return null;
        }
        int command = frame[0] & 0xFF;
        if (command == 0x26 && lastBits == 7 && frame.length == 1) {
            if (card != CardState.IDLE) {
                // ISO 14443-3: a selected card given anything but what it expects falls back to IDLE
                // (and answers the next REQA); only a halted one stays asleep.
                card = card == CardState.HALTED ? CardState.HALTED : CardState.IDLE;
                return null;
            }
            card = CardState.READY;
            level = 0;
            if (leavesAfterRequest) {
                leavesAfterRequest = false;
                uid = null;
            }
            return new byte[] {(byte) (uid == null || uidLength() == 4 ? 0x04 : 0x44), 0x00};
        }
        if (card == CardState.ACTIVE && frame.length == 4 && command == 0x50 && CrcA.isValid(frame)) {
            card = CardState.HALTED;
            return null;
        }
        if (card != CardState.READY) {
            card = card == CardState.HALTED ? CardState.HALTED : CardState.IDLE;
            return null;
        }
        int expectedSel = 0x93 + 2 * level;
        if (frame.length == 2 && command == expectedSel && frame[1] == 0x20) {
            if (collision) {
                registers[Registers.ERROR] = Registers.ERR_COLLISION;
                registers[Registers.COM_IRQ] |= Registers.IRQ_ERROR;
                return new byte[0];
            }
            byte[] part = part();
            return new byte[] {part[0], part[1], part[2], part[3], (byte) (part[0] ^ part[1] ^ part[2] ^ part[3])};
        }
        if (frame.length == 9 && command == expectedSel && frame[1] == 0x70 && CrcA.isValid(frame)
                && Arrays.equals(Arrays.copyOfRange(frame, 2, 6), part())) {
            boolean more = !lastLevel();
            level++;
            if (!more) {
                card = CardState.ACTIVE;
            }
            return CrcA.append(new byte[] {(byte) (more ? 0x04 : 0x08)});
        }
        card = CardState.IDLE;
        return null;
    }

    private int uidLength() {
        return uid.length;
    }

    private boolean lastLevel() {
        return level == (uid.length - 1) / 3 - 1;
    }

    /** The four UID bytes sent at the current cascade level (with the cascade tag where more follow). */
    private byte[] part() {
        int start = 3 * level;
        if (lastLevel()) {
            return Arrays.copyOfRange(uid, start, start + 4);
        }
        return new byte[] {(byte) 0x88, uid[start], uid[start + 1], uid[start + 2]};
    }

    /** Stands for the card being taken away and put back: it wakes from HALT. */
    void representCard() {
        card = CardState.IDLE;
    }
}
