package org.hoctap.gateway.titles.rules;

/** One indicator ("chỉ số"): its code in the rule set, its names, the most points it gives, and its evidence. */
public record Indicator(String code, Names names, int points, Evidence evidence) {
}
