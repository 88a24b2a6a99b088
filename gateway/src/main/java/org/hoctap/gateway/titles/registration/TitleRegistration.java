package org.hoctap.gateway.titles.registration;

import java.time.Instant;
import org.hoctap.shared.titles.TitleKind;

/** A registration for a title for a year ("đăng ký danh hiệu"); {@code registeredBy} is an officer's login or a phone. */
public record TitleRegistration(String id, int year, TitleKind title, Registrant registrant,
        RegistrationChannel channel, Instant registeredAt, String registeredBy) {

    public TitleRegistration {
        if (!registrant.mayRegisterFor(title)) {
            throw new IllegalArgumentException(registrant + " cannot register for " + title);
        }
    }
}
