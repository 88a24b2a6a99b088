package org.hoctap.hardware.card.mfrc522;

/** The MFRC522 does not answer over SPI as a chip would (unplugged, browned out, stuck). */
public final class ChipNotAnswering extends Exception {
    ChipNotAnswering(String message) {
        super(message);
    }
}
