package org.hoctap.shared.places;

import java.time.LocalDate;
import java.util.Optional;

/** A province or commune, valid from a date until (exclusive) another; merged units keep their history. */
public record AdminUnit(
        String id,
        String code,
        String name,
        AdminLevel level,
        Optional<String> parentId,
        LocalDate validFrom,
        Optional<LocalDate> validTo) {

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && validTo.map(day::isBefore).orElse(true);
    }
}
