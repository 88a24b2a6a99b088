package org.hoctap.gateway.titles.registration;

/** How a registration came in. */
public enum RegistrationChannel {
    SMS, USSD, STAFF, IMPORT
}
