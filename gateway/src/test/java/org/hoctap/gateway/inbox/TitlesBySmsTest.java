package org.hoctap.gateway.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import org.hoctap.gateway.inbox.InboundProcessor.Outcome;
import org.hoctap.gateway.officers.Officer;
import org.hoctap.gateway.officers.OfficerRole;
import org.hoctap.gateway.titles.TitleYears;
import org.hoctap.gateway.titles.registration.Registrations;
import org.hoctap.gateway.titles.registration.TitleRegistration;
import org.hoctap.gateway.titles.review.Review;
import org.hoctap.gateway.titles.rules.RuleSets;
import org.hoctap.shared.people.People;
import org.hoctap.shared.people.Person;
import org.hoctap.shared.people.Phone;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.titles.TitleKind;
import org.junit.jupiter.api.Test;

/** GDHT, CDHT and KQ as a household sends them, on the seeded commune. */
class TitlesBySmsTest extends ProcessorTestBase {

    private String reply(String inboundId) {
        List<String> texts = replies(inboundId).stream().map(m -> m.text()).toList();
        assertEquals(1, texts.size(), "one reply: " + texts);
        return texts.get(0);
    }

    private Phone thePhone() {
        return db.read(c -> People.phone(c, phone)).orElseThrow();
    }

    private String householdCode() {
        return db.read(c -> People.household(c, thePhone().householdId())).orElseThrow().code();
    }

    @Test
    void gdhtRegistersTheHouseholdOnceForThisYear() {
        String first = store(phone, "gdht");
        assertEquals(Outcome.TITLE_REGISTERED, processor.process(first));
        int year = TitleYears.of(Clock.systemUTC().instant());
        assertEquals("Đã đăng ký Gia đình học tập năm " + year + " cho hộ " + householdCode()
                + ". Nhắn mã hoạt động để ghi minh chứng. KQ: kết quả.", reply(first));

        String again = store(phone, "ĐK GĐHT");
        assertEquals(Outcome.TITLE_REGISTERED, processor.process(again));
        assertTrue(reply(again).startsWith("Hộ " + householdCode() + " đã đăng ký Gia đình học tập"), reply(again));
        assertEquals(1L, (long) db.read(c -> Jdbc.count(c,
                "SELECT count(*) FROM title_registration WHERE title = 'FAMILY' AND household_id = ? AND year = ?",
                thePhone().householdId(), year)));
    }

    @Test
    void cdhtWithAMemberNumberRegistersThatPerson() {
        Person second = db.read(c -> People.members(c, thePhone().householdId())).get(1);
        String id = store(phone, "CDHT#" + second.memberNo());
        assertEquals(Outcome.TITLE_REGISTERED, processor.process(id));
        assertTrue(reply(id).contains("Công dân học tập") && reply(id).contains(second.fullName()), reply(id));
        assertEquals(1L, (long) db.read(c -> Jdbc.count(c,
                "SELECT count(*) FROM title_registration WHERE title = 'CITIZEN' AND person_id = ?", second.id())));
    }

    @Test
    void cdhtFromAPhoneOfNoOneAsksWhichMemberAndRecordsNothing() {
        db.write(c -> Jdbc.update(c, "UPDATE phone SET person_id = NULL WHERE e164 = ?", phone));
        String id = store(phone, "CDHT");
        assertEquals(Outcome.WHICH_MEMBER, processor.process(id));
        assertTrue(reply(id).contains("CDHT#2"), reply(id));
        assertEquals(0L, (long) db.read(c -> Jdbc.count(c, "SELECT count(*) FROM title_registration")));
    }

    @Test
    void cdhtForAMemberTheHouseholdDoesNotHaveRecordsNothing() {
        String id = store(phone, "CDHT#29");
        assertEquals(Outcome.UNKNOWN_MEMBER, processor.process(id));
        assertEquals(0L, (long) db.read(c -> Jdbc.count(c, "SELECT count(*) FROM title_registration")));
    }

    @Test
    void kqAnswersWithTheConfirmedResultOnceThereIsOne() {
        processor.process(store(phone, "GDHT"));
        String before = store(phone, "KQ");
        assertEquals(Outcome.PROGRESS, processor.process(before));

        String commune = db.read(c -> Jdbc.one(c, """
                SELECT v.commune_id FROM household h JOIN village v ON v.id = h.village_id WHERE h.id = ?""",
                row -> row.getString(1), thePhone().householdId())).orElseThrow();
        Officer officer = new Officer("o1", "can.bo.xa", "Cán bộ xã", OfficerRole.COMMUNE_OFFICER, commune, false);
        Review review = new Review(RuleSets.shipped(), Clock.systemUTC());
        TitleRegistration registration = db.read(c -> Registrations.ofHousehold(c, thePhone().householdId(),
                TitleYears.of(Clock.systemUTC().instant()))).stream().filter(r -> r.title() == TitleKind.FAMILY)
                .findFirst().orElseThrow();
        db.write(c -> review.confirm(c, officer, registration.id()));

        String after = store(phone, "kq");
        assertEquals(Outcome.RESULT, processor.process(after));
        assertTrue(reply(after).contains("chưa đạt Gia đình học tập"), reply(after));
        assertTrue(reply(after).contains("/100 điểm. Còn thiếu: "), reply(after));
    }
}
