package org.hoctap.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateFileReaderTest {

    @Test
    void entriesKeepTheirLineNumbers() {
        List<TemplateEntry> entries = read("# c\n\na = x\nb: y \\\n  z\nc = w\n");
        assertEquals(List.of(new TemplateEntry("a", "x", "f", 3), new TemplateEntry("b", "y z", "f", 4),
                new TemplateEntry("c", "w", "f", 6)), entries);
    }

    @Test
    void anEscapedBackslashAtTheEndDoesNotContinueTheLine() {
        assertEquals(List.of(new TemplateEntry("a", "x\\", "f", 1), new TemplateEntry("b", "y", "f", 2)),
                read("a = x\\\\\nb = y\n"));
    }

    @Test
    void keysAreNamesNotSentences() {
        TemplateFileException e = assertThrows(TemplateFileException.class, () -> read("a b = c\n"));
        assertEquals(1, e.line());
        assertThrows(TemplateFileException.class, () -> read("= c\n"));
        assertThrows(TemplateFileException.class, () -> read("kiosk/title = c\n"));
    }

    @Test
    void aPlaceholderMustBeANameInBraces() {
        TemplateEntry entry = new TemplateEntry("k", "Lớp {topic}: {name}, {name}", "f", 7);
        Template template = Template.compile(entry, false);
        assertEquals(List.of("topic", "name", "name"), template.names());
        assertEquals(List.of("Lớp ", ": ", ", ", ""), template.literals());
        for (String bad : new String[] {"{", "}", "{}", "{1x}", "{a b}", "{a-b}", "x {a"}) {
            TemplateFileException e = assertThrows(TemplateFileException.class,
                    () -> Template.compile(new TemplateEntry("k", bad, "f", 7), false), bad);
            assertEquals(7, e.line());
        }
    }

    private static List<TemplateEntry> read(String text) {
        return TemplateFileReader.read("f", text.getBytes(StandardCharsets.UTF_8));
    }
}
