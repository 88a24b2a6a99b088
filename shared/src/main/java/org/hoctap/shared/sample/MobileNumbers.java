package org.hoctap.shared.sample;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Unique, valid Vietnamese mobile numbers in E.164: +84, a mobile network code, seven digits.
 * Viettel is the most common network in the highlands, then VinaPhone, then MobiFone.
 */
final class MobileNumbers {
    private static final List<String> VIETTEL =
            List.of("86", "96", "97", "98", "32", "33", "34", "35", "36", "37", "38", "39");
    private static final List<String> VINAPHONE = List.of("88", "91", "94", "81", "82", "83", "84", "85");
    private static final List<String> MOBIFONE = List.of("89", "90", "70", "76", "77", "78", "79");

    private final SplittableRandom random;
    private final Set<String> issued = new HashSet<>();

    MobileNumbers(SplittableRandom random) {
        this.random = random;
    }

    String next() {
        while (true) {
            List<String> network = switch (Pick.weighted(random, 65, 22, 13)) {
                case 0 -> VIETTEL;
                case 1 -> VINAPHONE;
                default -> MOBIFONE;
            };
            String code = Pick.any(random, network);
            // Only 0896–0899 of the 089 block are mobile numbers in use.
            int first = code.equals("89") ? Pick.between(random, 6, 9) : random.nextInt(10);
            String number = "+84" + code + first + String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
            if (issued.add(number)) {
                return number;
            }
        }
    }
}
