package org.hoctap.shared.people;

/** The three groups a learning citizen is assessed in. */
public enum CitizenGroup {
    /** Farmers and rural workers. */
    FARMER,
    /** Workers, craft and freelance workers. */
    WORKER,
    /** Officials and public employees. */
    OFFICIAL
}
