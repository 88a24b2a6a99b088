package org.hoctap.gateway.inbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hoctap.gateway.inbox.InboundProcessor.Outcome;
import org.hoctap.gateway.titles.TitleYears;
import org.hoctap.gateway.titles.registration.Registrant;
import org.hoctap.gateway.titles.registration.RegistrationChannel;
import org.hoctap.gateway.titles.registration.Registrations;
import org.hoctap.gateway.titles.registration.TitleRegistration;
import org.hoctap.gateway.titles.results.ResultMessage;
import org.hoctap.gateway.titles.results.ResultMessages;
import org.hoctap.gateway.titles.review.Decision;
import org.hoctap.gateway.titles.review.Decisions;
import org.hoctap.shared.grammar.SmsCommand;
import org.hoctap.shared.people.Household;
import org.hoctap.shared.people.People;
import org.hoctap.shared.people.Person;
import org.hoctap.shared.people.Phone;
import org.hoctap.shared.phone.PhoneNumbers;
import org.hoctap.shared.titles.TitleKind;

/**
 * Titles by SMS: {@code GDHT} registers the household as a learning family for this year,
 * {@code CDHT} the phone's own person (or {@code CDHT#2}, member 2) as a learning citizen; and
 * {@code KQ} answers with the household's confirmed result when there is one.
 */
final class TitleCommands {
    static final String FAMILY_REGISTERED = "sms.family_registered";
    static final String FAMILY_ALREADY = "sms.family_already_registered";
    static final String CITIZEN_REGISTERED = "sms.citizen_registered";
    static final String CITIZEN_ALREADY = "sms.citizen_already_registered";
    static final String WHICH_MEMBER = "sms.citizen_which_member";

    private TitleCommands() {
    }

    static Answer register(Connection c, Phone phone, Household household, SmsCommand.RegisterForTitle command,
            Instant now) throws SQLException {
        int year = TitleYears.of(now);
        String by = "sms " + PhoneNumbers.masked(phone.e164());
        if (command.title() == TitleKind.FAMILY) {
            Registrations.Registered r = Registrations.register(c, year, TitleKind.FAMILY,
                    new Registrant.Household(household.id()), RegistrationChannel.SMS, now, by);
            return Answer.of(Outcome.TITLE_REGISTERED, new Reply(r.isNew() ? FAMILY_REGISTERED : FAMILY_ALREADY,
                    household.language(), Map.of("year", year, "household", household.code())));
        }
        Optional<Person> person;
        if (command.member().isPresent()) {
            int member = command.member().getAsInt();
            person = People.members(c, household.id()).stream().filter(p -> p.memberNo() == member).findFirst();
            if (person.isEmpty()) {
                return Answer.of(Outcome.UNKNOWN_MEMBER, new Reply(InboundProcessor.UNKNOWN_MEMBER,
                        household.language(), Map.of("household", household.code(), "member", member)));
            }
        } else {
            person = phone.personId().isEmpty() ? Optional.empty() : People.person(c, phone.personId().get());
            if (person.isEmpty()) {
                return Answer.of(Outcome.WHICH_MEMBER, new Reply(WHICH_MEMBER, household.language(),
                        Map.of("household", household.code())));
            }
        }
        Registrations.Registered r = Registrations.register(c, year, TitleKind.CITIZEN,
                new Registrant.Person(person.get().id()), RegistrationChannel.SMS, now, by);
        return Answer.of(Outcome.TITLE_REGISTERED, new Reply(r.isNew() ? CITIZEN_REGISTERED : CITIZEN_ALREADY,
                household.language(), Map.of("year", year, "name", person.get().fullName(), "member",
                        person.get().memberNo())));
    }

    /**
     * The household's confirmed result, this year's or else last year's (results are decided at the
     * end of a year and asked for in the next): the family's, or else the phone's own person's as a
     * citizen. Empty when nothing is decided.
     */
    static Optional<Answer> result(Connection c, Phone phone, Household household, ResultMessages messages,
            Instant now) throws SQLException {
        int year = TitleYears.of(now);
        for (int y : new int[] {year, year - 1}) {
            List<TitleRegistration> registrations = Registrations.ofHousehold(c, household.id(), y);
            Optional<TitleRegistration> family = registrations.stream().filter(r -> r.title() == TitleKind.FAMILY)
                    .findFirst();
            Optional<TitleRegistration> own = registrations.stream()
                    .filter(r -> r.registrant() instanceof Registrant.Person p
                            && phone.personId().equals(Optional.of(p.personId())))
                    .findFirst();
            for (Optional<TitleRegistration> candidate : List.of(family, own)) {
                if (candidate.isEmpty()) {
                    continue;
                }
                Optional<Decision> decision = Decisions.standing(c, candidate.get().id());
                if (decision.isPresent()) {
                    Optional<ResultMessage> message = messages.of(c, candidate.get(), decision.get());
                    if (message.isPresent()) {
                        ResultMessage m = message.get();
                        return Optional.of(Answer.of(Outcome.RESULT, new Reply(m.templateKey(), m.language(), m.values())));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
