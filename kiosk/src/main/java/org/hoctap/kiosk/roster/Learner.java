package org.hoctap.kiosk.roster;

/**
 * A learner as the kiosk shows them: only what the screen needs to tell people apart (no sex, birth
 * year, ethnicity or phone).
 */
public record Learner(String id, String fullName, String villageName, String householdCode, int memberNo) {
}
