package org.hoctap.hardware.card.mfrc522;

/** The MFRC522 registers, commands and bits the driver uses (NXP MFRC522 datasheet, section 9). */
final class Registers {
    static final int COMMAND = 0x01;
    static final int COM_IRQ = 0x04;
    static final int ERROR = 0x06;
    static final int FIFO_DATA = 0x09;
    static final int FIFO_LEVEL = 0x0A;
    static final int CONTROL = 0x0C;
    static final int BIT_FRAMING = 0x0D;
    static final int COLL = 0x0E;
    static final int MODE = 0x11;
    static final int TX_CONTROL = 0x14;
    static final int TX_ASK = 0x15;
    static final int T_MODE = 0x2A;
    static final int T_PRESCALER = 0x2B;
    static final int T_RELOAD_HIGH = 0x2C;
    static final int T_RELOAD_LOW = 0x2D;
    static final int VERSION = 0x37;

    static final int CMD_IDLE = 0x00;
    static final int CMD_TRANSCEIVE = 0x0C;
    static final int CMD_SOFT_RESET = 0x0F;
    /** CommandReg: the analogue part is powered down while a soft reset runs. */
    static final int POWER_DOWN = 0x10;

    /** ComIrqReg bits. */
    static final int IRQ_RX = 0x20;
    static final int IRQ_IDLE = 0x10;
    static final int IRQ_ERROR = 0x02;
    static final int IRQ_TIMER = 0x01;
    static final int IRQ_ALL = 0x7F;

    /** ErrorReg bits that spoil a frame (buffer overflow, collision, parity, protocol). */
    static final int ERR_COLLISION = 0x08;
    static final int ERR_FRAME = 0x13;

    /** FIFOLevelReg: writing this bit empties the FIFO. */
    static final int FLUSH_FIFO = 0x80;
    /** BitFramingReg: starts the transmission of a Transceive. */
    static final int START_SEND = 0x80;
    /** TxControlReg: both antenna drivers on. */
    static final int ANTENNA_ON = 0x03;

    private Registers() {
    }

    /** Version register values of chips seen in readers: MFRC522 v1 and v2, and common clones. */
    static boolean isKnownVersion(int version) {
        return version == 0x91 || version == 0x92 || version == 0x88 || version == 0x12 || version == 0xB2;
    }
}
