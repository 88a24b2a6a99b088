package org.hoctap.gateway.titles.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.hoctap.gateway.officers.OfficerRole;
import org.hoctap.shared.people.CitizenGroup;
import org.hoctap.shared.titles.TitleKind;

/**
 * The criteria of one title for a period under one legal basis ("bộ tiêu chí"), as an administrator's
 * file gives them: never code. {@code digest} is the SHA-256 of the file, so a decision names
 * exactly the rules it was taken under. A title the province has not yet filled in is not
 * {@code configured}: people may register for it, but nothing is scored.
 *
 * @param forms how each citizen group's form differs from the common indicators, by indicator code
 */
public record RuleSet(String id, int version, TitleKind title, String legalBasis, String note, int fromYear,
        OptionalInt toYear, Names names, boolean configured, Optional<PassMarks> passMarks,
        OptionalInt indicatorFloor, List<Band> bands, Map<CitizenGroup, Names> groups, List<Criterion> criteria,
        Map<CitizenGroup, Map<String, IndicatorForm>> forms, OfficerRole decidedBy, String digest) {

    public RuleSet {
        bands = List.copyOf(bands);
        groups = Map.copyOf(groups);
        criteria = List.copyOf(criteria);
        forms = Map.copyOf(forms);
    }

    /** Whether this rule set applies to {@code year}. */
    public boolean covers(int year) {
        return year >= fromYear && (toYear.isEmpty() || year <= toYear.getAsInt());
    }

    /** The most points a registrant can reach. */
    public int maximum() {
        return criteria.stream().mapToInt(Criterion::points).sum();
    }

    /** The criteria as {@code group}'s form has them (the common ones without a group). */
    public List<Criterion> criteriaFor(Optional<CitizenGroup> group) {
        Map<String, IndicatorForm> form = group.map(g -> forms.getOrDefault(g, Map.of())).orElse(Map.of());
        if (form.isEmpty()) {
            return criteria;
        }
        return criteria.stream().map(c -> new Criterion(c.code(), c.names(), c.indicators().stream()
                .map(i -> form.containsKey(i.code()) ? form.get(i.code()).applyTo(i) : i).toList())).toList();
    }

    /** The classification {@code total} reaches, if the rule set classifies. */
    public Optional<Band> bandOf(int total) {
        return bands.stream().filter(b -> total >= b.from()).max((a, b) -> Integer.compare(a.from(), b.from()));
    }

    /** {@code id@version}, as decisions record it. */
    public String label() {
        return id + "@" + version;
    }
}
