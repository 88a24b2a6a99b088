package org.hoctap.gateway.officers;

/**
 * What an account on the central web may see and do. Each role reaches one unit: a centre's staff
 * their centre, a commune officer their commune, a province officer the province.
 */
public enum OfficerRole {
    CENTRE_STAFF, COMMUNE_OFFICER, PROVINCE_OFFICER;

    /** Whether this role reaches at least as far as {@code other}. */
    public boolean atLeast(OfficerRole other) {
        return ordinal() >= other.ordinal();
    }
}
