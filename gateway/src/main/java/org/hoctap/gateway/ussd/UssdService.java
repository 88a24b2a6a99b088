package org.hoctap.gateway.ussd;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hoctap.gateway.inbox.HouseholdActions;
import org.hoctap.shared.phone.PhoneNumbers;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.text.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * USSD sessions: a dial opens one (and ends any other the same phone had open); each answer moves it
 * through the {@link UssdMenu}; the last screen ends it. A session idle longer than the operator's
 * timeout is forgotten, having recorded nothing, and an answer that comes for it after all is told
 * the session expired. A handset's release (a PSSD or PSSR response from the network: the user
 * cancelled) ends it silently, and so does the handset's confirmation of a notification (USSN
 * confirm, with operators whose last screen is a USSN request). Many sessions run at once; each
 * one's steps are taken in order.
 */
public final class UssdService {
    private static final Logger log = LoggerFactory.getLogger(UssdService.class);

    /** A session: whose, where in the menus, and when it last heard from the phone. */
    private record Session(String key, String msisdn, MenuState state, Instant lastSeen) {
    }

    private final Database db;
    private final UssdMenu menu;
    private final UssdProfile profile;
    private final Clock clock;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    /** The open session's key of each phone, so that a new dial ends the old one. */
    private final Map<String, String> byPhone = new ConcurrentHashMap<>();

    public UssdService(Database db, Templates templates, HouseholdActions actions, UssdProfile profile, Clock clock) {
        this.db = db;
        this.menu = new UssdMenu(new UssdScreens(templates), actions, templates);
        this.profile = profile;
        this.clock = clock;
    }

    public UssdProfile profile() {
        return profile;
    }

    /** The screen to send back; empty when nothing is to be sent (the handset released the session). */
    public Optional<Screen> handle(UssdRequest request) {
        String key = key(request);
        Instant now = clock.instant();
        if (request.operation() == UssdOperation.USSN_CONFIRM) {
            // The handset saw a notification (an operator that ends sessions with USSN): nothing to answer.
            return Optional.empty();
        }
        if (request.operation() == UssdOperation.PSSD_RESPONSE || request.operation() == UssdOperation.PSSR_RESPONSE) {
            end(key, request.msisdn());
            log.debug("USSD session of {} released by the handset", PhoneNumbers.maskedForLog(request.msisdn()));
            return Optional.empty();
        }
        if (request.operation().opensSession()) {
            Optional.ofNullable(byPhone.get(request.msisdn())).ifPresent(old -> end(old, request.msisdn()));
            UssdMenu.Step first = db.read(c -> menu.open(c, request.msisdn()));
            keep(new Session(key, request.msisdn(), first.state().orElseThrow(), now));
            return Optional.of(first.screen());
        }
        Session session = sessions.get(key);
        if (session == null || expired(session, now)) {
            end(key, request.msisdn());
            return Optional.of(db.read(c -> menu.expired(c, request.msisdn())));
        }
        synchronized (session) {
            if (sessions.get(key) != session) {
                return Optional.of(db.read(c -> menu.expired(c, request.msisdn())));
            }
            UssdMenu.Step step = db.write(c -> menu.choose(c, request.msisdn(), session.state(), request.text()));
            if (step.state().isPresent()) {
                keep(new Session(key, request.msisdn(), step.state().get(), now));
            } else {
                end(key, request.msisdn());
            }
            return Optional.of(step.screen());
        }
    }

    /** Forgets sessions idle longer than the timeout; returns how many. */
    public int sweep() {
        Instant now = clock.instant();
        int swept = 0;
        for (Session s : sessions.values()) {
            if (expired(s, now)) {
                end(s.key(), s.msisdn());
                swept++;
            }
        }
        return swept;
    }

    public int openSessions() {
        return sessions.size();
    }

    private boolean expired(Session session, Instant now) {
        return session.lastSeen().plus(profile.idleTimeout()).isBefore(now);
    }

    private void keep(Session session) {
        sessions.put(session.key(), session);
        byPhone.put(session.msisdn(), session.key());
    }

    private void end(String key, String msisdn) {
        sessions.remove(key);
        byPhone.remove(msisdn, key);
    }

    private String key(UssdRequest request) {
        return profile.bySessionInfo() && request.sessionInfo().isPresent()
                ? "session:" + request.sessionInfo().get() : "phone:" + request.msisdn();
    }
}
