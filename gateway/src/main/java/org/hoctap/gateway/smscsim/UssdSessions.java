package org.hoctap.gateway.smscsim;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The network's side of USSD: each handset's open session and its {@code its_session_info}. */
final class UssdSessions {
    private final Map<String, Integer> open = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger(1);

    /** A new session for the handset (ending any it had). */
    int open(String msisdn) {
        int info = next.getAndUpdate(n -> n >= 0xFFFF ? 1 : n + 1);
        open.put(msisdn, info);
        return info;
    }

    Optional<Integer> of(String msisdn) {
        return Optional.ofNullable(open.get(msisdn));
    }

    /** The ESME's screen arrived: a releasing one ends the session it names. */
    void screen(String msisdn, UssdLeg leg) {
        if (leg.ends()) {
            open.remove(msisdn, leg.sessionInfo());
        }
    }

    void end(String msisdn) {
        open.remove(msisdn);
    }
}
