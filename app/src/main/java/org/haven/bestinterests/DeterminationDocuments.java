package org.haven.bestinterests;

import org.haven.access.SignedInUser;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.casework.CaseFiles;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The determination as a printable PDF: the decision with its reasons for the file, and on a second
 * page an explanation for the child in their own language, in words a child understands (right to
 * left for Arabic). The font (DejaVu Sans, shipped with Haven) covers Latin, Cyrillic and Arabic.
 */
@Service
@Transactional(noRollbackFor = org.haven.platform.NoAccess.class)
public class DeterminationDocuments {

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur");

    private final Determinations determinations;
    private final CaseFiles caseFiles;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final BaseFont font;

    DeterminationDocuments(Determinations determinations, CaseFiles caseFiles, MessageSource messages, AuditTrail audit) {
        this.determinations = determinations;
        this.caseFiles = caseFiles;
        this.messages = messages;
        this.audit = audit;
        try (var in = new ClassPathResource("fonts/DejaVuSans.ttf").getInputStream()) {
            this.font = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        } catch (IOException missingFont) {
            throw new UncheckedIOException("The PDF font is missing from the application", missingFont);
        }
    }

    /** Who a document is for: the file (decision, reasons, dissent) or the child (what was decided, in their words). */
    public enum Audience { FILE, CHILD }

    public byte[] pdf(SignedInUser user, UUID determinationId, Audience audience) {
        var determination = determinations.view(user, determinationId);
        var file = caseFiles.current(user, determination.caseId());
        var out = new ByteArrayOutputStream();
        var document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        var title = new Font(font, 16, Font.BOLD);
        if (audience == Audience.FILE) {
            forTheFile(document, determination, file.kase().reference(), title, new Font(font, 11));
        } else {
            String language = file.child().languages().isEmpty() ? "en" : file.child().languages().get(0);
            forTheChild(document, determination, file.child().primaryName().givenNames(), Locale.forLanguageTag(language),
                    title);
        }
        document.close();
        audit.record(user.actor(), AuditRecord.succeeded("bid.document", "bid", determinationId)
                .inCase(determination.caseId().value()).withDetails(audience.name()));
        return out.toByteArray();
    }

    private void forTheFile(Document document, Determinations.Determination determination, String reference, Font title,
                            Font body) {
        Locale staff = Locale.ENGLISH;
        document.add(new Paragraph(text("bid.pdf.title", staff) + " – " + reference, title));
        line(document, body, text("bid.pdf.decided-on", staff) + ": " + date(determination.decidedOn(), staff));
        line(document, body, text("bid.pdf.decision", staff) + ": " + text("solution." + determination.decision(), staff));
        line(document, body, text("bid.pdf.options", staff) + ": " + String.join(", ",
                determination.optionsConsidered().stream().map(o -> text("solution." + o, staff)).toList()));
        line(document, body, text("bid.pdf.reasons", staff) + ": " + determination.reasons());
        if (determination.dissent() != null) {
            line(document, body, text("bid.pdf.dissent", staff) + ": " + determination.dissent());
        }
        if (determination.residenceStatus() != null) {
            line(document, body, text("bid.pdf.residence", staff) + ": " + determination.residenceStatus());
        }
        if (determination.steps() != null) {
            line(document, body, text("bid.pdf.steps", staff) + ": " + determination.steps());
        }
        line(document, body, text("bid.pdf.review-on", staff) + ": " + date(determination.reviewOn(), staff));
        line(document, body, text("bid.pdf.appeal", staff));
    }

    private void forTheChild(Document document, Determinations.Determination determination, String name, Locale child,
                             Font title) {
        boolean rtl = RIGHT_TO_LEFT.contains(child.getLanguage());
        var table = new PdfPTable(1);
        table.setWidthPercentage(100);
        for (String key : new String[]{"bid.child.title", "bid.child.decided", "bid.child.why", "bid.child.disagree",
                "bid.child.next"}) {
            var cell = new PdfPCell(new Phrase(messages.getMessage(key, new Object[]{name,
                    text("solution.child." + determination.decision(), child), date(determination.reviewOn(), child)}, child),
                    key.equals("bid.child.title") ? title : new Font(font, 13)));
            cell.setBorder(0);
            cell.setPaddingBottom(10);
            cell.setHorizontalAlignment(rtl ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            if (rtl) {
                cell.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
                cell.setArabicOptions(ColumnText.AR_LIG);
            }
            table.addCell(cell);
        }
        document.add(table);
    }

    private static String date(java.time.LocalDate day, Locale locale) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(locale)
                .format(day);
    }

    private static void line(Document document, Font font, String text) {
        var paragraph = new Paragraph(text, font);
        paragraph.setSpacingBefore(6);
        document.add(paragraph);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
