package org.hoctap.shared.sample;

import java.util.List;

/** Thái (Tai Dam) names as written in Vietnamese: "Lò Văn Pánh", "Quàng Thị Ón". */
final class ThaiNames {
    static final NamePool POOL = new NamePool(
            List.of("Lò", "Lường", "Quàng", "Cầm", "Tòng", "Điêu", "Vì", "Lù"),
            List.of("Văn"),
            List.of("Thị"),
            List.of("Pánh", "Xôm", "Hặc", "Inh", "Chiến", "Muôn", "Ngoan", "Bun", "Hịa", "Khẻn",
                    "Piệng", "Thiêm", "Sương", "Tính", "Chăn", "Ọi", "Hoan", "Thanh", "Thắng", "Xiêng",
                    "Ương", "Lả"),
            List.of("Ún", "Khằm", "Ón", "Phóng", "Dính", "Chiêng", "Xuân", "Ánh", "Yến", "Hương",
                    "Pâng", "Hiên", "Pọm", "Mai", "Lan", "Ỏn", "Xiên", "Biên", "Hoa", "Thoại"));

    private ThaiNames() {
    }
}
