package org.hoctap.hardware.card.mfrc522;

import static org.hoctap.hardware.card.mfrc522.Registers.*;

import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.spi.Spi;
import java.util.Optional;
import org.hoctap.hardware.timing.Sleeper;

/**
 * The MFRC522 chip over SPI, register by register (datasheet section 8.1.2: the address byte is
 * {@code (register << 1)}, with the top bit set for a read). It sets the chip up for ISO 14443 A and
 * exchanges frames with a card; {@link Picc} speaks the card protocol on top.
 */
final class Mfrc522 {
    /** Register polls before a transceive is given up (the chip's own timer ends it after 25 ms). */
    private static final int MOST_POLLS = 2_000;

    private final Spi spi;
    private final Optional<DigitalOutput> resetPin;
    private final Sleeper sleeper;

    Mfrc522(Spi spi, Optional<DigitalOutput> resetPin, Sleeper sleeper) {
        this.spi = spi;
        this.resetPin = resetPin;
        this.sleeper = sleeper;
    }

    /** Resets the chip (by its reset pin when wired, else by command) and sets it up; returns its version. */
    int reset() throws ChipNotAnswering {
        if (resetPin.isPresent()) {
            resetPin.get().low();
            sleeper.sleepMillis(1);
            resetPin.get().high();
        } else {
            write(COMMAND, CMD_SOFT_RESET);
        }
        sleeper.sleepMillis(50); // oscillator start-up (datasheet 8.8.2)
        for (int i = 0; i < 10 && (read(COMMAND) & POWER_DOWN) != 0; i++) {
            sleeper.sleepMillis(5);
        }
        int version = version();
        // Timer: 40 kHz ticks (prescaler 0xA9 on 13.56 MHz), reload 1000: a card has 25 ms to answer.
        write(T_MODE, 0x80);
        write(T_PRESCALER, 0xA9);
        write(T_RELOAD_HIGH, 0x03);
        write(T_RELOAD_LOW, 0xE8);
        write(TX_ASK, 0x40); // 100 % ASK modulation
        write(MODE, 0x3D); // CRC preset 0x6363, as ISO 14443 A wants
        write(TX_CONTROL, read(TX_CONTROL) | ANTENNA_ON);
        return version;
    }

    /** The version register, or {@link ChipNotAnswering} when what comes back is no MFRC522's. */
    int version() throws ChipNotAnswering {
        int version = read(VERSION);
        if (!isKnownVersion(version)) {
            throw new ChipNotAnswering(String.format("the reader chip answers version 0x%02X", version));
        }
        return version;
    }

    /** Sends {@code data} to the card ({@code lastBits} of the last byte, 0 for all) and returns its answer. */
    Frame transceive(byte[] data, int lastBits) throws ChipNotAnswering {
        write(COMMAND, CMD_IDLE);
        write(COM_IRQ, IRQ_ALL);
        write(FIFO_LEVEL, FLUSH_FIFO);
        for (byte b : data) {
            write(FIFO_DATA, b & 0xFF);
        }
        write(BIT_FRAMING, lastBits & 0x07);
        write(COMMAND, CMD_TRANSCEIVE);
        write(BIT_FRAMING, START_SEND | (lastBits & 0x07));
        int irq = 0;
        int polls = 0;
        while ((irq & (IRQ_RX | IRQ_IDLE | IRQ_TIMER)) == 0) {
            if (++polls > MOST_POLLS) {
                throw new ChipNotAnswering("the reader chip never finished a transceive");
            }
            irq = read(COM_IRQ);
        }
        write(BIT_FRAMING, 0);
        if ((irq & IRQ_TIMER) != 0 && (irq & IRQ_RX) == 0) {
            return Frame.NO_ANSWER;
        }
        int error = read(ERROR);
        if ((error & ERR_COLLISION) != 0) {
            return Frame.failed(Frame.Status.COLLISION);
        }
        if ((error & ERR_FRAME) != 0) {
            return Frame.failed(Frame.Status.BAD_FRAME);
        }
        int length = read(FIFO_LEVEL) & 0x7F;
        byte[] answer = new byte[length];
        for (int i = 0; i < length; i++) {
            answer[i] = (byte) read(FIFO_DATA);
        }
        return new Frame(Frame.Status.OK, answer, read(CONTROL) & 0x07);
    }

    void antennaOff() {
        write(TX_CONTROL, read(TX_CONTROL) & ~ANTENNA_ON);
    }

    private int read(int register) {
        byte[] out = {(byte) (0x80 | (register << 1) & 0x7E), 0};
        byte[] in = new byte[2];
        spi.transfer(out, 0, in, 0, 2);
        return in[1] & 0xFF;
    }

    private void write(int register, int value) {
        byte[] out = {(byte) ((register << 1) & 0x7E), (byte) value};
        spi.transfer(out, 0, new byte[2], 0, 2);
    }
}
