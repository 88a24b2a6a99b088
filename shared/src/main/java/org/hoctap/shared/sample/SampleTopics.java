package org.hoctap.shared.sample;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.hoctap.shared.learning.Learning;
import org.hoctap.shared.learning.Topic;

/** The thematic courses a highland learning centre runs: code, Vietnamese name, category, pictogram. */
final class SampleTopics {
    private static final List<List<String>> TOPICS = List.of(
            List.of("LUA", "Kỹ thuật trồng lúa nước", "FARMING", "rice"),
            List.of("NGO", "Trồng ngô trên đất dốc", "FARMING", "maize"),
            List.of("CHANNUOI", "Chăn nuôi lợn, gà và phòng dịch bệnh", "LIVESTOCK", "pig"),
            List.of("TRAUBO", "Chăm sóc trâu, bò qua mùa đông", "LIVESTOCK", "buffalo"),
            List.of("RUNG", "Trồng và bảo vệ rừng", "FORESTRY", "tree"),
            List.of("SUCKHOE", "Chăm sóc sức khỏe bà mẹ và trẻ em", "HEALTH", "health"),
            List.of("PHAPLUAT", "Phòng, chống tảo hôn và hôn nhân cận huyết thống", "LAW", "law"),
            List.of("XOAMUCHU", "Xóa mù chữ", "LITERACY", "abc"),
            List.of("DOCSACH", "Đọc sách cùng con", "LITERACY", "book"),
            List.of("TIENGTHAI", "Lớp học tiếng và chữ Thái", "LANGUAGE", "language"),
            List.of("TIENGMONG", "Lớp học tiếng và chữ Mông", "LANGUAGE", "language"),
            List.of("DIENTHOAI", "Sử dụng điện thoại an toàn", "DIGITAL", "phone"));

    private SampleTopics() {
    }

    static int insert(Connection c, SampleIds ids) throws SQLException {
        for (List<String> t : TOPICS) {
            Learning.insert(c, new Topic(ids.next(), t.get(0), t.get(1), t.get(2), t.get(3)));
        }
        return TOPICS.size();
    }
}
