package org.hoctap.gateway.officers;

/** An account on the central web: its role, the unit the role reaches, and whether it may see sensitive data. */
public record Officer(String id, String login, String name, OfficerRole role, String unitId, boolean seesSensitive) {
}
