package org.hoctap.shared.activity;

/** Where a report came from. */
public enum Channel {
    SMS, USSD, KIOSK, STAFF
}
