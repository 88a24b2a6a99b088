package org.hoctap.hardware.card.mfrc522;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.spi.Spi;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.hoctap.hardware.card.CardSeen;
import org.hoctap.hardware.timing.Sleeper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The MFRC522 driver against Pi4J's mock SPI made into a register-level model of the chip and a card. */
class Mfrc522ReaderTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);

    private Context pi4j;
    private ChipModel chip;
    private DigitalOutput resetPin;
    private final List<DigitalState> resetPinStates = new CopyOnWriteArrayList<>();
    private Mfrc522Reader reader;

    @BeforeEach
    void wireTheReader() {
        pi4j = Pi4J.newContextBuilder().add(new ChipModel.Provider(), MockDigitalOutputProvider.newInstance()).build();
        chip = (ChipModel) pi4j.create(Spi.newConfigBuilder(pi4j).id("rfid").bus(0).chipSelect(com.pi4j.io.spi.SpiChipSelect.CS_0).baud(1_000_000)
                .build());
        resetPin = pi4j.create(DigitalOutput.newConfigBuilder(pi4j).id("rfid-reset").address(25)
                .initial(DigitalState.HIGH).build());
        resetPin.addListener(event -> {
            resetPinStates.add(event.state());
            if (event.state() == DigitalState.HIGH) {
                chip.powerOn();
            }
        });
        reader = new Mfrc522Reader(chip, Optional.of(resetPin), CLOCK, millis -> { });
    }

    @AfterEach
    void shutDown() {
        pi4j.shutdown();
    }

    @Test
    void aFourByteUidIsReadAsUpperCaseHex() throws Exception {
        chip.putCard(bytes("DEADBEEF"));
        assertEquals(Optional.of(new CardSeen("DEADBEEF", CLOCK.instant())), reader.pollOnce());
    }

    @Test
    void aSevenByteUidIsReadThroughTwoCascadeLevels() throws Exception {
        chip.putCard(bytes("04112233445566"));
        assertEquals("04112233445566", reader.pollOnce().orElseThrow().uid());
    }

    @Test
    void aTenByteUidIsReadThroughThreeCascadeLevels() throws Exception {
        chip.putCard(bytes("0411223344556677889A"));
        assertEquals("0411223344556677889A", reader.pollOnce().orElseThrow().uid());
    }

    @Test
    void aCardLeftOnTheReaderIsReadOnceBecauseItIsHalted() throws Exception {
        chip.putCard(bytes("DEADBEEF"));
        List<CardSeen> seen = pollTimes(20);
        assertEquals(1, seen.size());

        chip.representCard(); // taken away and put back
        assertEquals(1, pollTimes(3).size());
    }

    @Test
    void noCardNoEvent() throws Exception {
        assertEquals(List.of(), pollTimes(5));
    }

    @Test
    void aCardTakenAwayMidReadGivesNothingAndTheNextCardIsRead() throws Exception {
        chip.putCard(bytes("DEADBEEF"));
        chip.cardLeavesAfterRequest();
        assertEquals(Optional.empty(), reader.pollOnce());

        chip.putCard(bytes("CAFEF00D"));
        assertEquals("CAFEF00D", reader.pollOnce().orElseThrow().uid());
    }

    @Test
    void twoCardsAtOnceGiveNothingRatherThanAWrongUid() throws Exception {
        chip.putCard(bytes("DEADBEEF"));
        chip.twoCardsAtOnce();
        assertEquals(List.of(), pollTimes(3));
    }

    @Test
    void aChipThatStopsAnsweringIsResetByItsPinAndReadsAgain() throws Exception {
        chip.putCard(bytes("DEADBEEF"));
        assertTrue(reader.pollOnce().isPresent());
        chip.silence(ChipModel.Silence.ZEROS);
        assertThrows(ChipNotAnswering.class, reader::pollOnce);
        assertThrows(ChipNotAnswering.class, reader::pollOnce); // still gone: the reset is tried again

        chip.silence(ChipModel.Silence.NONE);
        resetPinStates.clear();
        chip.putCard(bytes("CAFEF00D"));
        assertEquals("CAFEF00D", reader.pollOnce().orElseThrow().uid());
        assertEquals(List.of(DigitalState.LOW, DigitalState.HIGH), resetPinStates);
    }

    @Test
    void aChipReadingAllOnesIsNoticedByItsVersionWithinTenPolls() throws Exception {
        reader.pollOnce();
        chip.silence(ChipModel.Silence.ONES);
        int polls = 0;
        boolean noticed = false;
        while (polls < 10 && !noticed) {
            polls++;
            try {
                reader.pollOnce();
            } catch (ChipNotAnswering e) {
                noticed = true;
            }
        }
        assertTrue(noticed, "not noticed in " + polls + " polls");
    }

    @Test
    void withoutAResetPinTheChipIsResetByCommand() throws Exception {
        Mfrc522Reader noPin = new Mfrc522Reader(chip, Optional.empty(), CLOCK, millis -> { });
        chip.putCard(bytes("DEADBEEF"));
        assertTrue(noPin.pollOnce().isPresent());
        assertEquals(1, chip.softResets);
    }

    @Test
    void theReaderThreadTellsTheListener() throws Exception {
        Mfrc522Reader threaded = new Mfrc522Reader(chip, Optional.of(resetPin), CLOCK, millis -> Sleeper.REAL.sleepMillis(1));
        List<CardSeen> seen = new CopyOnWriteArrayList<>();
        chip.putCard(bytes("DEADBEEF"));
        threaded.start(seen::add);
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (seen.isEmpty() && System.nanoTime() < until) {
                Thread.sleep(5);
            }
        } finally {
            threaded.close();
        }
        assertEquals(List.of(new CardSeen("DEADBEEF", CLOCK.instant())), seen);
    }

    @Test
    void crcAOfHaltIsTheStandardsExample() {
        assertArrayEquals(bytes("500057CD"), CrcA.append(bytes("5000")));
    }

    private List<CardSeen> pollTimes(int times) throws ChipNotAnswering {
        List<CardSeen> seen = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            reader.pollOnce().ifPresent(seen::add);
        }
        return seen;
    }

    private static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
