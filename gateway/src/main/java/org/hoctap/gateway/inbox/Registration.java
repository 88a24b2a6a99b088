package org.hoctap.gateway.inbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.hoctap.gateway.inbox.InboundProcessor.Outcome;
import org.hoctap.shared.grammar.SmsCommand;
import org.hoctap.shared.people.Household;
import org.hoctap.shared.people.People;
import org.hoctap.shared.people.Phone;
import org.hoctap.shared.text.Language;

/**
 * {@code DK <household code>}: a phone no household has is registered at once; a phone of another
 * household moves only when the sender confirms ({@code DK QC0042 OK}), so a typo never takes a
 * family's phone away. Answers are in the language of the household the phone belongs to afterwards.
 */
final class Registration {
    static final String REGISTERED = "sms.registered";
    static final String ALREADY = "sms.already_registered";
    static final String CONFIRM = "sms.register_confirm";
    static final String NO_SUCH_HOUSEHOLD = "sms.no_such_household";

    private Registration() {
    }

    static Answer register(Connection c, String sender, Optional<Phone> phone, Optional<Household> current,
            SmsCommand.Register command, Instant now) throws SQLException {
        Optional<Household> target = People.householdByCode(c, command.householdCode());
        if (target.isEmpty()) {
            return Answer.of(Outcome.NO_SUCH_HOUSEHOLD, new Reply(NO_SUCH_HOUSEHOLD,
                    current.map(Household::language).orElse(Language.VI),
                    Map.of("household", command.householdCode())));
        }
        Household household = target.get();
        Map<String, String> values = Map.of("household", household.code());
        if (phone.isEmpty()) {
            People.insert(c, new Phone(sender, household.id(), Optional.empty(), false), now);
            return Answer.of(Outcome.REGISTERED, new Reply(REGISTERED, household.language(), values));
        }
        if (phone.get().householdId().equals(household.id())) {
            return Answer.of(Outcome.ALREADY_REGISTERED, new Reply(ALREADY, household.language(), values));
        }
        Household from = current.orElseThrow(() -> new IllegalStateException("a phone without its household"));
        if (!command.confirmed()) {
            return Answer.of(Outcome.REGISTER_TO_CONFIRM, new Reply(CONFIRM, from.language(),
                    Map.of("household", household.code(), "current", from.code())));
        }
        People.movePhone(c, sender, household.id(), now);
        return Answer.of(Outcome.REGISTERED, new Reply(REGISTERED, household.language(), values));
    }
}
