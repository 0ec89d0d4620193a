package org.haven.dataprotection;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The readable copy of a subject-access answer: a PDF (DejaVu Sans, so names in any script print)
 * with every table's rows, one field per line.
 */
@Component
public class SubjectAccessDocuments {

    private final BaseFont font;

    SubjectAccessDocuments() {
        try (var in = new ClassPathResource("fonts/DejaVuSans.ttf").getInputStream()) {
            this.font = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        } catch (IOException missingFont) {
            throw new UncheckedIOException("The PDF font is missing from the application", missingFont);
        }
    }

    public byte[] pdf(SubjectAccess.Answer answer, ZoneId zone) {
        var out = new ByteArrayOutputStream();
        var document = new Document();
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph("What Haven holds about " + answer.childName(), new Font(font, 16, Font.BOLD)));
            var text = new Font(font, 10);
            document.add(new Paragraph("Made " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone)
                    .format(answer.madeAt()) + " for a subject-access request. Cases: "
                    + String.join(", ", answer.caseReferences()) + ".", text));
            document.add(new Paragraph("Everything recorded about the child in every part of Haven follows, table by table. "
                    + "What is about other people is withheld and marked so; the professionals who did the work are named "
                    + "as \"a professional\". Files are listed and given on request.", text));
            var heading = new Font(font, 12, Font.BOLD);
            var label = new Font(font, 9, Font.BOLD);
            for (var records : answer.records()) {
                document.add(new Paragraph(" "));
                document.add(new Paragraph(records.table().replace('_', ' ') + " (" + records.rows().size() + ")", heading));
                int n = 0;
                for (var row : records.rows()) {
                    document.add(new Paragraph("#" + (++n), label));
                    for (var field : row.entrySet()) {
                        var line = new Paragraph();
                        line.add(new com.lowagie.text.Chunk(field.getKey().replace('_', ' ') + ": ", label));
                        line.add(new com.lowagie.text.Chunk(field.getValue(), text));
                        document.add(line);
                    }
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot make the subject-access PDF", e);
        }
        return out.toByteArray();
    }
}
