package org.hoctap.gateway.ussd;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
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

    /**
     * A session: whose, where in the menus, and when it last heard from the phone. Its steps are taken
     * under its lock (not {@code synchronized}, which would pin a virtual thread through the database
     * write); once ended it stays ended, so that a step racing the end or the sweep cannot revive it.
     */
    private static final class Session {
        final String key;
        final String msisdn;
        final ReentrantLock lock = new ReentrantLock();
        MenuState state;
        Instant lastSeen;
        boolean ended;

        Session(String key, String msisdn, MenuState state, Instant lastSeen) {
            this.key = key;
            this.msisdn = msisdn;
            this.state = state;
            this.lastSeen = lastSeen;
        }
    }

    private final Database db;
    private final UssdMenu menu;
    private final UssdProfile profile;
    private final Clock clock;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    /** The open session of each phone, so that a new dial ends the old one. */
    private final Map<String, Session> byPhone = new ConcurrentHashMap<>();

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
            Optional.ofNullable(sessions.get(key)).ifPresent(this::end);
            log.debug("USSD session of {} released by the handset", PhoneNumbers.maskedForLog(request.msisdn()));
            return Optional.empty();
        }
        if (request.operation().opensSession()) {
            Optional.ofNullable(byPhone.get(request.msisdn())).ifPresent(this::end);
            UssdMenu.Step first = db.read(c -> menu.open(c, request.msisdn()));
            Session opened = new Session(key, request.msisdn(), first.state().orElseThrow(), now);
            Optional.ofNullable(sessions.put(key, opened)).ifPresent(this::end);
            byPhone.put(request.msisdn(), opened);
            return Optional.of(first.screen());
        }
        Session session = sessions.get(key);
        if (session == null) {
            return Optional.of(db.read(c -> menu.expired(c, request.msisdn())));
        }
        session.lock.lock();
        try {
            if (session.ended || expired(session, now)) {
                end(session);
                return Optional.of(db.read(c -> menu.expired(c, request.msisdn())));
            }
            UssdMenu.Step step = db.write(c -> menu.choose(c, request.msisdn(), session.state, request.text()));
            if (step.state().isPresent()) {
                session.state = step.state().get();
                session.lastSeen = now;
            } else {
                end(session);
            }
            return Optional.of(step.screen());
        } finally {
            session.lock.unlock();
        }
    }

    /** Forgets sessions idle longer than the timeout; returns how many. */
    public int sweep() {
        Instant now = clock.instant();
        int swept = 0;
        for (Session s : sessions.values()) {
            s.lock.lock();
            try {
                if (!s.ended && expired(s, now)) {
                    end(s);
                    swept++;
                }
            } finally {
                s.lock.unlock();
            }
        }
        return swept;
    }

    public int openSessions() {
        return sessions.size();
    }

    private boolean expired(Session session, Instant now) {
        return session.lastSeen.plus(profile.idleTimeout()).isBefore(now);
    }

    /** Ends {@code session}, and only it: a newer session under the same key or phone stays. */
    private void end(Session session) {
        session.lock.lock();
        try {
            session.ended = true;
            sessions.remove(session.key, session);
            byPhone.remove(session.msisdn, session);
        } finally {
            session.lock.unlock();
        }
    }

    private String key(UssdRequest request) {
        return profile.bySessionInfo() && request.sessionInfo().isPresent()
                ? "session:" + request.sessionInfo().get() : "phone:" + request.msisdn();
    }
}
