package org.hoctap.gateway.titles.rules;

import org.hoctap.shared.titles.AreaType;

/** The total a title needs, by the commune's area type. */
public record PassMarks(int normal, int disadvantaged) {
    public int forArea(AreaType area) {
        return area == AreaType.DISADVANTAGED ? disadvantaged : normal;
    }
}
