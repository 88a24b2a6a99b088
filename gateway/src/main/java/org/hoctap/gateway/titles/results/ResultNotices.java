package org.hoctap.gateway.titles.results;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.hoctap.gateway.officers.CommuneScope;
import org.hoctap.gateway.outbox.OutboundMessage;
import org.hoctap.gateway.outbox.Outbox;
import org.hoctap.gateway.titles.registration.Registrant;
import org.hoctap.gateway.titles.registration.Registrations;
import org.hoctap.gateway.titles.registration.TitleRegistration;
import org.hoctap.gateway.titles.review.Decision;
import org.hoctap.gateway.titles.review.Decisions;
import org.hoctap.shared.people.People;
import org.hoctap.shared.people.Phone;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.text.Templates;

/**
 * Sends confirmed results to the households' phones: each standing decision once to each phone, as
 * a broadcast (so it waits for quiet hours to end and goes at the operator's rate), never to a
 * phone that opted out. A citizen's result goes to their own phone when they have one, otherwise
 * to the household's. A decision replaced later is sent again, since it says something new.
 */
public final class ResultNotices {
    /** What a sending did. */
    public record Sent(int queued, int optedOut, int noPhone, int alreadySent) {
    }

    private final ResultMessages messages;
    private final Templates templates;
    private final Outbox outbox;
    private final Clock clock;

    public ResultNotices(ResultMessages messages, Templates templates, Outbox outbox, Clock clock) {
        this.messages = messages;
        this.templates = templates;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Queues the standing results of {@code year} in {@code communes}; commit, then wake the outbox. */
    public Sent sendStanding(Connection c, CommuneScope communes, int year) throws SQLException {
        int queued = 0;
        int optedOut = 0;
        int noPhone = 0;
        int already = 0;
        for (TitleRegistration registration : Registrations.inCommunes(c, year, communes)) {
            Optional<Decision> decision = Decisions.standing(c, registration.id());
            if (decision.isEmpty()) {
                continue;
            }
            Optional<ResultMessage> message = messages.of(c, registration, decision.get());
            if (message.isEmpty()) {
                continue;
            }
            List<Phone> phones = phonesFor(c, registration);
            if (phones.isEmpty()) {
                noPhone++;
            }
            for (Phone phone : phones) {
                if (Jdbc.count(c, "SELECT count(*) FROM result_notice WHERE decision_id = ? AND phone = ?",
                        decision.get().id(), phone.e164()) > 0) {
                    already++;
                } else if (phone.optedOut()) {
                    record(c, decision.get(), phone, null, "OPTED_OUT");
                    optedOut++;
                } else {
                    OutboundMessage sms = outbox.broadcast(c, phone.e164(), message.get().templateKey(),
                            message.get().language(), message.get().render(templates));
                    record(c, decision.get(), phone, sms.id(), null);
                    queued++;
                }
            }
        }
        return new Sent(queued, optedOut, noPhone, already);
    }

    /** The outbox, to wake after the commit. */
    public Outbox outbox() {
        return outbox;
    }

    private void record(Connection c, Decision decision, Phone phone, String outboundId, String skipped)
            throws SQLException {
        Jdbc.update(c, "INSERT INTO result_notice (decision_id, phone, outbound_id, skipped, at) VALUES (?, ?, ?, ?, ?)",
                decision.id(), phone.e164(), outboundId, skipped, clock.instant());
    }

    private static List<Phone> phonesFor(Connection c, TitleRegistration registration) throws SQLException {
        return switch (registration.registrant()) {
            case Registrant.Household h -> People.phonesOfHousehold(c, h.householdId());
            case Registrant.Person p -> {
                String household = People.person(c, p.personId()).orElseThrow().householdId();
                List<Phone> all = People.phonesOfHousehold(c, household);
                List<Phone> own = all.stream().filter(phone -> phone.personId().equals(Optional.of(p.personId()))).toList();
                yield own.isEmpty() ? all : own;
            }
            default -> List.of();
        };
    }
}
