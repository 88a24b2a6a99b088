package org.hoctap.shared.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "0912345678",
        "84912345678",
        "+84912345678",
        "+84 912 345 678",
        "0084912345678",
        "00 84 912 345 678",
        "091.234.5678",
        "091-234-5678",
        "0912 345 678",
        "(091) 234-5678",
        "(+84) 912.345.678",
        "+84 (0) 912 345 678",
        "+840912345678",
        "912345678",
        "  0912345678  ",
        "０９１２３４５６７８",
        "＋８４ ９１２ ３４５ ６７８",
        "0912\u00A0345\u00A0678",
        "0912\u200B345678",
        "091–234–5678",
        "091/234/5678",
        "\u0660\u0669\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668",
    })
    void everyCommonFormOfAMobileNumber(String input) {
        assertEquals(Optional.of("+84912345678"), PhoneNumbers.toE164(input), input);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // MobiFone
        "01201234567, +84701234567",
        "01211234567, +84791234567",
        "01221234567, +84771234567",
        "01261234567, +84761234567",
        "01281234567, +84781234567",
        // VinaPhone
        "01231234567, +84831234567",
        "01241234567, +84841234567",
        "01251234567, +84851234567",
        "01271234567, +84811234567",
        "01291234567, +84821234567",
        // Viettel
        "01621234567, +84321234567",
        "01631234567, +84331234567",
        "01641234567, +84341234567",
        "01651234567, +84351234567",
        "01661234567, +84361234567",
        "01671234567, +84371234567",
        "01681234567, +84381234567",
        "01691234567, +84391234567",
        // Vietnamobile
        "01861234567, +84561234567",
        "01881234567, +84581234567",
        // Gmobile
        "01991234567, +84591234567",
    })
    void oldElevenDigitMobilesAreRemappedPerDecision798(String old, String e164) {
        assertEquals(Optional.of(e164), PhoneNumbers.toE164(old));
    }

    @ParameterizedTest
    @ValueSource(strings = {"01695678945", "0169 567 8945", "+84 169 567 8945", "841695678945",
        "00841695678945", "+84 (0) 169 567 8945", "1695678945"})
    void oldNumbersAreRemappedInEveryForm(String input) {
        assertEquals(Optional.of("+84395678945"), PhoneNumbers.toE164(input), input);
    }

    @Test
    void landlinesAreNumbersToo() {
        assertEquals(Optional.of("+842438257263"), PhoneNumbers.toE164("024 3825 7263"));
        assertEquals(Optional.of("+842153825555"), PhoneNumbers.toE164("(0215) 382 5555"));
        assertEquals(Optional.of("+842153825555"), PhoneNumbers.toE164("+84 215 382 5555"));
    }

    @Test
    void foreignNumbersNeedTheirCountryCodeAndMustBeValid() {
        assertEquals(Optional.of("+16502530000"), PhoneNumbers.toE164("+1 650-253-0000"));
        assertEquals(Optional.of("+16502530000"), PhoneNumbers.toE164("001 650 253 0000"));
        assertEquals(Optional.of("+442070313000"), PhoneNumbers.toE164("+44 20 7031 3000"));
        assertEquals(Optional.of("+8562055123456"), PhoneNumbers.toE164("+856 20 55 123 456"));
        assertEquals(Optional.empty(), PhoneNumbers.toE164("+1 650 253"));
        assertEquals(Optional.empty(), PhoneNumbers.toE164("+999 1234 5678"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "   ",
        "+",
        "12345",
        "091234567",
        "09123456789",
        "0912345",
        "84 91234",
        "09l2345678",
        "0912345678x",
        "HD",
        "abc",
        "0912345678 ext 12",
        "tel:+84912345678",
        "++84912345678",
        "84+912345678",
        "0112345678",
        "01301234567",
        "01101234567",
        "012012345678",
        "0000000000",
        "091234567890123456789012",
    })
    void anythingElseIsEmpty(String input) {
        assertEquals(Optional.empty(), PhoneNumbers.toE164(input), String.valueOf(input));
    }

    @Test
    void theSampleNetworksOfEveryCarrierAreValid() {
        for (String prefix : new String[] {"086", "096", "097", "098", "032", "039", "088", "091", "094", "081",
            "085", "089", "090", "070", "079", "056", "058", "059", "099"}) {
            String national = prefix + "6123456";
            assertEquals(Optional.of("+84" + national.substring(1)), PhoneNumbers.toE164(national), national);
        }
    }

    @Test
    void maskingKeepsTheCountryCodeAndTwoDigitsAtEachEnd() {
        assertEquals("+8491*****78", PhoneNumbers.masked("+84912345678"));
        assertEquals("+8424******63", PhoneNumbers.masked("+842438257263"));
        assertEquals("+165******00", PhoneNumbers.masked("+16502530000"));
        assertEquals("+4420******00", PhoneNumbers.masked("+442070313000"));
    }

    @Test
    void maskingNeverShowsMoreThanTheLastTwoOfAnythingElse() {
        assertEquals("********78", PhoneNumbers.masked("0912345678"));
        assertEquals("*********78", PhoneNumbers.masked("84912345678"));
        assertEquals("*************78", PhoneNumbers.masked("+84 912 345 678"));
        assertEquals("**", PhoneNumbers.masked("12"));
        assertEquals("", PhoneNumbers.masked(""));
        assertEquals("(none)", PhoneNumbers.masked(null));
        assertEquals("**********78", PhoneNumbers.masked("+99912345678"));
    }

    @Test
    void aMaskedLogArgumentPrintsTheMaskedNumber() {
        assertEquals("+8491*****78", PhoneNumbers.maskedForLog("+84912345678").toString());
        assertEquals(PhoneNumbers.masked("VIETTEL"), PhoneNumbers.maskedForLog("VIETTEL").toString());
    }
}
