package org.hoctap.provisioning.cards;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Learners' cards on A4 sheets, ten a page (two columns of five, the size of a bank card, 85.6 by 54
 * mm), with thin lines to cut along. Text in a Unicode font embedded in the file, so Vietnamese,
 * Thái and Mông names print as written.
 */
final class CardSheet {
    private static final float MM = 72f / 25.4f;
    private static final float WIDTH = 85.6f * MM;
    private static final float HEIGHT = 54f * MM;
    private static final int COLUMNS = 2;
    private static final int ROWS = 5;
    private static final float LEFT = (PageSize.A4.getWidth() - COLUMNS * WIDTH) / 2;
    private static final float TOP = PageSize.A4.getHeight() - (PageSize.A4.getHeight() - ROWS * HEIGHT) / 2;

    private final BaseFont regular;
    private final BaseFont bold;

    /**
     * @throws IOException when the fonts cannot be read
     */
    CardSheet(Path regularFont, Path boldFont) throws IOException {
        try {
            regular = BaseFont.createFont(regularFont.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            bold = BaseFont.createFont(boldFont.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (DocumentException e) {
            throw new IOException("cannot use the font " + regularFont + ": " + e.getMessage(), e);
        }
    }

    /** Writes the cards, ten a page; returns how many pages. */
    int write(List<LearnerCard> cards, OutputStream out) throws IOException {
        Document document = new Document(PageSize.A4, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle("Thẻ học viên");
            document.addCreator("hoctap");
            document.open();
            PdfContentByte canvas = writer.getDirectContent();
            int pages = 0;
            for (int i = 0; i < cards.size(); i++) {
                int slot = i % (COLUMNS * ROWS);
                if (slot == 0) {
                    if (i > 0) {
                        document.newPage();
                    }
                    pages++;
                }
                float x = LEFT + (slot % COLUMNS) * WIDTH;
                float y = TOP - (slot / COLUMNS + 1) * HEIGHT;
                card(canvas, cards.get(i), x, y);
            }
            if (cards.isEmpty()) {
                canvas.beginText();
                canvas.setFontAndSize(regular, 12);
                canvas.showTextAligned(PdfContentByte.ALIGN_CENTER, "Không có học viên nào.", PageSize.A4.getWidth() / 2,
                        PageSize.A4.getHeight() / 2, 0);
                canvas.endText();
                pages = 1;
            }
            document.close();
            return pages;
        } catch (DocumentException e) {
            throw new IOException("cannot write the cards: " + e.getMessage(), e);
        }
    }

    private void card(PdfContentByte canvas, LearnerCard card, float x, float y) {
        canvas.setLineWidth(0.3f);
        canvas.setGrayStroke(0.6f);
        canvas.rectangle(x, y, WIDTH, HEIGHT);
        canvas.stroke();
        float margin = 5 * MM;
        canvas.beginText();
        canvas.setFontAndSize(regular, 7);
        canvas.showTextAligned(PdfContentByte.ALIGN_LEFT, card.centre(), x + margin, y + HEIGHT - margin - 4, 0);
        canvas.setFontAndSize(bold, fit(bold, card.name(), 14, WIDTH - 2 * margin));
        canvas.showTextAligned(PdfContentByte.ALIGN_LEFT, card.name(), x + margin, y + HEIGHT - margin - 24, 0);
        canvas.setFontAndSize(regular, 9);
        canvas.showTextAligned(PdfContentByte.ALIGN_LEFT, "Hộ " + card.household() + " · thành viên số " + card.member(),
                x + margin, y + HEIGHT - margin - 40, 0);
        canvas.showTextAligned(PdfContentByte.ALIGN_LEFT, card.village(), x + margin, y + HEIGHT - margin - 52, 0);
        canvas.setFontAndSize(bold, 20);
        canvas.showTextAligned(PdfContentByte.ALIGN_RIGHT, card.code(), x + WIDTH - margin, y + margin, 0);
        canvas.endText();
    }

    /** The largest size up to {@code size} at which {@code text} fits {@code width}. */
    private static float fit(BaseFont font, String text, float size, float width) {
        float fitted = size;
        while (fitted > 6 && font.getWidthPoint(text, fitted) > width) {
            fitted -= 0.5f;
        }
        return fitted;
    }
}
