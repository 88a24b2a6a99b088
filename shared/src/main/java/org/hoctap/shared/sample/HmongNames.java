package org.hoctap.shared.sample;

import java.util.List;

/** Mông (Hmong) names as written in Vietnamese: "Giàng A Páo", "Sùng Thị Mỷ", "Vàng Seo Chứ". */
final class HmongNames {
    static final NamePool POOL = new NamePool(
            List.of("Giàng", "Vàng", "Sùng", "Thào", "Mùa", "Lầu", "Hờ", "Lý", "Cứ"),
            List.of("A", "Seo"),
            List.of("Thị", "Mí"),
            List.of("Páo", "Chứ", "Sính", "Dế", "Lử", "Chư", "Tủa", "Súa", "Giống", "Pó", "Nủ", "Dơ",
                    "Khua", "Lồng", "Phử", "Vư", "Chống", "Sếnh", "Dình", "Của", "Chá", "Mỉ"),
            List.of("Mỷ", "Dua", "Sua", "Mai", "Chở", "Say", "Dợ", "Pà", "Ly", "Xó", "Chua", "Vá", "Máy",
                    "Lia", "Dở", "Sống", "Nhè", "Pằng", "Chi", "Dinh"));

    private HmongNames() {
    }
}
