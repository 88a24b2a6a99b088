package org.hoctap.shared.sample;

import java.util.List;

/**
 * What a database holds after {@link SampleData#seed}: its centre and how many rows of each kind.
 *
 * @param examplePhones a few registered (not opted-out) phone numbers, E.164, of households in
 *     different villages and languages; the first is a Vietnamese-language household's
 */
public record SampleSummary(
        String centreId,
        String centreCode,
        int villages,
        int households,
        int persons,
        int phones,
        int cards,
        int topics,
        List<String> examplePhones) {

    public SampleSummary {
        examplePhones = List.copyOf(examplePhones);
    }
}
