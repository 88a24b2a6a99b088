package org.hoctap.gateway;

import static org.hoctap.gateway.GatewayFixture.DEADLINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import org.hoctap.gateway.smscsim.HandsetMessage;
import org.hoctap.gateway.smpp.SmppSettings;
import org.hoctap.gateway.smscsim.SmscSimulator;
import org.hoctap.gateway.ussd.UssdOperation;
import org.hoctap.gateway.ussd.UssdProfile;
import org.hoctap.shared.people.People;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.testing.Closing;
import org.hoctap.shared.text.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * USSD over a real SMPP session on loopback: the virtual phone dials *123#, the gateway answers with
 * its menus (USSR requests carrying the session's its_session_info) and releases the session with
 * the last screen (a PSSR response); the activity is recorded as come by USSD.
 */
class UssdOverSmppTest {
    @TempDir
    Path dataDir;

    private SmscSimulator smsc;
    private GatewayServer gateway;

    @AfterEach
    void stop() {
        Closing.all(gateway, smsc);
    }

    /** Sends {@code text} (a dial when {@code dial}) and waits for the next screen after it. */
    private HandsetMessage step(String phone, String text, boolean dial) throws InterruptedException {
        Instant before = Instant.now();
        long seen = smsc.conversation(phone).stream().mapToLong(HandsetMessage::id).max().orElse(0);
        if (dial) {
            smsc.dialUssd(phone, text);
        } else {
            smsc.answerUssd(phone, text);
        }
        return smsc.awaitMessage(phone, m -> m.isMt() && m.isUssd() && m.id() > seen && !m.at().isBefore(before),
                DEADLINE).orElseThrow(() -> new AssertionError("no USSD screen after " + text));
    }

    @Test
    void aFullNavigationInEachLanguageThroughTheSimulator() throws Exception {
        String phone = GatewayFixture.seed(dataDir);
        smsc = GatewayFixture.simulator(0);
        gateway = GatewayFixture.gateway(dataDir, smsc.port()).start();
        assertTrue(gateway.awaitBound(DEADLINE));
        String[] firstLine = {"Hoc tap cong dong", "Hian cong dong", "Kawm ntawv zej zog"};
        Language[] languages = {Language.VI, Language.BLT, Language.HNJ};
        for (int i = 0; i < languages.length; i++) {
            Language language = languages[i];
            gateway.database().write(c -> {
                People.setLanguage(c, People.phone(c, phone).orElseThrow().householdId(), language);
                return null;
            });
            HandsetMessage main = step(phone, "*123#", true);
            assertTrue(main.text().startsWith(firstLine[i]), main.text());
            assertEquals(2, main.ussd().orElseThrow().operation(), "USSR request: an answer is awaited");
            assertTrue(smsc.ussdOpen(phone));
            step(phone, "1", false);
            step(phone, "1", false);
            HandsetMessage count = step(phone, "2", false);
            assertFalse(count.ussd().orElseThrow().ends());
            HandsetMessage done = step(phone, "4", false);
            assertTrue(done.ussd().orElseThrow().ends(), "the last screen releases the session");
            assertEquals(17, done.ussd().orElseThrow().operation());
            assertFalse(smsc.ussdOpen(phone));
            assertEquals(main.ussd().orElseThrow().sessionInfo(), done.ussd().orElseThrow().sessionInfo(),
                    "every screen carries the session's its_session_info");
            assertEquals(4L * (i + 1), (long) gateway.database().read(c -> Jdbc.count(c,
                    "SELECT coalesce(sum(count), 0) FROM activity WHERE channel = 'USSD' AND activity_code = 12")));
        }
        assertEquals(0L, (long) gateway.database().read(c -> Jdbc.count(c, "SELECT count(*) FROM inbound_message")),
                "USSD steps are not stored as SMS");
    }

    @Test
    void aCancelledSessionRecordsNothing() throws Exception {
        String phone = GatewayFixture.seed(dataDir);
        smsc = GatewayFixture.simulator(0);
        gateway = GatewayFixture.gateway(dataDir, smsc.port()).start();
        assertTrue(gateway.awaitBound(DEADLINE));
        step(phone, "*123#", true);
        step(phone, "1", false);
        step(phone, "1", false);
        step(phone, "2", false);
        smsc.cancelUssd(phone);
        HandsetMessage again = step(phone, "*123#", true);
        assertTrue(again.text().startsWith("Hoc tap cong dong"));
        assertEquals(0L, (long) gateway.database().read(c -> Jdbc.count(c,
                "SELECT count(*) FROM activity WHERE channel = 'USSD'")));
    }

    @Test
    void anOperatorThatEndsSessionsWithANotificationGetsAUssnRequestLast() throws Exception {
        String phone = GatewayFixture.seed(dataDir);
        smsc = GatewayFixture.simulator(0);
        SmppSettings smpp = SmppSettings.of("127.0.0.1", smsc.port(), GatewayFixture.SYSTEM_ID, GatewayFixture.PASSWORD,
                GatewayFixture.SHORT_CODE);
        gateway = new GatewayServer(new GatewaySettings(dataDir, smpp, GatewaySettings.VIETNAM).withUssd(
                new UssdProfile("USSD", UssdOperation.USSR_REQUEST, UssdOperation.USSN_REQUEST, true,
                        java.time.Duration.ofSeconds(60)))).start();
        assertTrue(gateway.awaitBound(DEADLINE));
        step(phone, "*123#", true);
        HandsetMessage help = step(phone, "5", false);
        assertEquals(3, help.ussd().orElseThrow().operation(), "the last screen is a USSN request");
        assertFalse(smsc.ussdOpen(phone));
    }
}
