package org.hoctap.shared.sample;

import java.util.List;

/** Kinh (Vietnamese) names: "Nguyễn Văn An", "Trần Thị Hoa". */
final class KinhNames {
    static final NamePool POOL = new NamePool(
            List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô",
                    "Dương", "Phan", "Đinh", "Hà"),
            List.of("Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Mạnh"),
            List.of("Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Minh"),
            List.of("An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Long", "Nam", "Quân", "Sơn",
                    "Thắng", "Tuấn", "Việt", "Phong", "Hiếu", "Khánh", "Trung", "Tiến", "Huy", "Đạt",
                    "Khôi", "Lâm"),
            List.of("Hoa", "Lan", "Hương", "Mai", "Hằng", "Nga", "Thảo", "Trang", "Linh", "Huyền",
                    "Yến", "Nhung", "Thủy", "Hà", "Phương", "Loan", "Hạnh", "Vân", "Ánh", "Ngân"));

    private KinhNames() {
    }
}
