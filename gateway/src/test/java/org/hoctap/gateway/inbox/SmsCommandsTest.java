package org.hoctap.gateway.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hoctap.gateway.inbox.InboundProcessor.Outcome;
import org.hoctap.gateway.outbox.OutboundMessage;
import org.hoctap.shared.people.Household;
import org.hoctap.shared.people.People;
import org.hoctap.shared.people.Person;
import org.hoctap.shared.people.Phone;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.text.Language;
import org.junit.jupiter.api.Test;

/** The household commands by SMS, each through the processor on a real database. */
class SmsCommandsTest extends ProcessorTestBase {
    private static final String NEW_PHONE = "+84981230001";

    private Outcome send(String sender, String text) {
        return processor.process(store(sender, text));
    }

    private OutboundMessage lastReplyTo(String sender) {
        List<OutboundMessage> all = db.read(c -> Jdbc.list(c,
                "SELECT id FROM outbound_message WHERE recipient = ? ORDER BY created_at DESC, id DESC LIMIT 1",
                row -> row.getString(1), sender)).stream()
                .map(id -> db.read(c -> org.hoctap.gateway.outbox.OutboundMessages.find(c, id)).orElseThrow())
                .toList();
        assertEquals(1, all.size(), "a reply to " + sender);
        return all.get(0);
    }

    private Household householdOf(String e164) {
        return db.read(c -> {
            Phone p = People.phone(c, e164).orElseThrow();
            return People.household(c, p.householdId()).orElseThrow();
        });
    }

    private Household anotherHousehold() {
        String mine = householdOf(phone).id();
        String code = db.read(c -> Jdbc.one(c, "SELECT code FROM household WHERE id <> ? ORDER BY code LIMIT 1",
                row -> row.getString(1), mine)).orElseThrow();
        return db.read(c -> People.householdByCode(c, code)).orElseThrow();
    }

    @Test
    void aNewPhoneRegistersToAHouseholdByItsCodeInAnyForm() {
        Household target = anotherHousehold();
        String typed = "đk " + target.code().substring(0, 2).toLowerCase() + "-" + target.code().substring(2);
        assertEquals(Outcome.REGISTERED, send(NEW_PHONE, typed));
        assertEquals(target.id(), householdOf(NEW_PHONE).id());
        OutboundMessage reply = lastReplyTo(NEW_PHONE);
        assertEquals(Registration.REGISTERED, reply.template());
        assertEquals(target.language(), reply.language());

        assertEquals(Outcome.RECORDED, send(NEW_PHONE, "12"), "the phone reports for its household now");
    }

    @Test
    void aPhoneOfAnotherHouseholdMovesOnlyOnceTheSenderConfirms() {
        Household mine = householdOf(phone);
        Household target = anotherHousehold();
        assertEquals(Outcome.REGISTER_TO_CONFIRM, send(phone, "DK " + target.code()));
        assertEquals(mine.id(), householdOf(phone).id(), "not moved without a confirmation");
        OutboundMessage ask = lastReplyTo(phone);
        assertEquals(Registration.CONFIRM, ask.template());
        assertTrue(ask.text().contains("DK " + target.code() + " OK"), ask.text());

        assertEquals(Outcome.REGISTERED, send(phone, "DK " + target.code() + " ok"));
        assertEquals(target.id(), householdOf(phone).id());
        assertEquals(Outcome.ALREADY_REGISTERED, send(phone, "DK " + target.code()));
    }

    @Test
    void anUnknownHouseholdCodeRegistersNothing() {
        assertEquals(Outcome.NO_SUCH_HOUSEHOLD, send(NEW_PHONE, "DK ZZ9999"));
        assertTrue(db.read(c -> People.phone(c, NEW_PHONE)).isEmpty());
        assertTrue(lastReplyTo(NEW_PHONE).text().contains("ZZ9999"));
    }

    @Test
    void progressCountsThisYearsActivities() {
        send(phone, "12x3 13");
        assertEquals(Outcome.PROGRESS, send(phone, "kết quả"));
        OutboundMessage reply = lastReplyTo(phone);
        assertEquals(HouseholdCommands.PROGRESS, reply.template());
        assertTrue(reply.text().contains(" 4 "), reply.text());
    }

    @Test
    void theLanguageChangesForTheWholeHouseholdAndTheReplyIsInIt() {
        assertEquals(Outcome.LANGUAGE, send(phone, "NN MONG"));
        assertEquals(Language.HNJ, householdOf(phone).language());
        assertEquals(Language.HNJ, lastReplyTo(phone).language());
        send(phone, "12");
        assertEquals(Language.HNJ, lastReplyTo(phone).language());

        assertEquals(Outcome.LANGUAGE, send(phone, "NN"));
        assertEquals(HouseholdCommands.LANGUAGE_CHOICES, lastReplyTo(phone).template());
    }

    @Test
    void undoTakesBackTheLastReportOnlyAndSaysWhatItHeld() {
        send(phone, "13");
        send(phone, "12x3");
        assertEquals(Outcome.UNDONE, send(phone, "hủy"));
        OutboundMessage reply = lastReplyTo(phone);
        assertEquals(HouseholdCommands.UNDONE, reply.template());
        assertTrue(reply.text().contains("x3"), reply.text());
        send(phone, "KQ");
        assertTrue(lastReplyTo(phone).text().contains(" 1 "), "only 13 stands: " + lastReplyTo(phone).text());
        long undone = db.read(c -> Jdbc.count(c, "SELECT count(*) FROM activity WHERE undone_at IS NOT NULL"));
        assertEquals(1, undone, "kept, marked undone");

        assertEquals(Outcome.UNDONE, send(phone, "HUY"));
        assertEquals(Outcome.NOTHING_TO_UNDO, send(phone, "HUY"));
        assertEquals(HouseholdCommands.NOTHING_TO_UNDO, lastReplyTo(phone).template());
    }

    @Test
    void stopSilencesThePhoneUntilItStartsAgain() {
        assertEquals(Outcome.STOPPED, send(phone, "TC"));
        assertEquals(HouseholdCommands.OPTED_OUT, lastReplyTo(phone).template());
        String report = store(phone, "12");
        assertEquals(Outcome.RECORDED, processor.process(report));
        assertEquals(List.of(), replies(report), "recorded, not answered");

        assertEquals(Outcome.STARTED, send(phone, "NL"));
        assertEquals(HouseholdCommands.OPTED_IN, lastReplyTo(phone).template());
        String again = store(phone, "13");
        processor.process(again);
        assertEquals(1, replies(again).size());
    }

    @Test
    void aMemberNamedByCardNumberGetsTheActivity() {
        Household household = householdOf(phone);
        List<Person> members = db.read(c -> People.members(c, household.id()));
        Person first = members.get(0);
        String id = store(phone, "12x2#" + first.memberNo());
        assertEquals(Outcome.RECORDED, processor.process(id));
        String person = db.read(c -> Jdbc.one(c, "SELECT person_id FROM activity WHERE source_message_id = ?",
                row -> row.getString(1), id)).orElseThrow();
        assertEquals(first.id(), person);

        String unknown = store(phone, "12#" + (members.size() + 1));
        assertEquals(Outcome.UNKNOWN_MEMBER, processor.process(unknown));
        assertEquals(0, activitiesOf(unknown));
        assertEquals(InboundProcessor.UNKNOWN_MEMBER, replies(unknown).get(0).template());
    }

    @Test
    void anUnregisteredPhoneIsToldHowToRegisterAndNothingIsRecorded() {
        String id = store(NEW_PHONE, "12");
        assertEquals(Outcome.NOT_REGISTERED, processor.process(id));
        assertEquals(0, activitiesOf(id));
        assertEquals(InboundProcessor.NOT_REGISTERED, replies(id).get(0).template());
    }
}
