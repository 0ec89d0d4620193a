package org.haven.statistics.web;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.haven.access.CurrentUser;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.FormInput;
import org.haven.statistics.Breakdown;
import org.haven.statistics.Indicator;
import org.haven.statistics.Statistics;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The indicators as published tables, with filters, and the same table as CSV to publish. */
@Controller
class StatisticsController {

    /** What a hidden count reads in the CSV, in every language (a fixed token for programs reading it). */
    static final String SUPPRESSED = "suppressed";

    private final Statistics statistics;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;

    StatisticsController(Statistics statistics, MessageSource messages, Clock clock,
                         @org.springframework.beans.factory.annotation.Value("${haven.time-zone}") ZoneId zone) {
        this.statistics = statistics;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping("/statistics")
    String dashboard(@RequestParam(defaultValue = "PRESUMED_OR_IDENTIFIED") Indicator indicator,
                     @RequestParam(defaultValue = "NONE") Breakdown breakdown,
                     @RequestParam(required = false) String first, @RequestParam(required = false) String last,
                     Model model, HttpServletResponse response) {
        var user = CurrentUser.require();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        String typedFirst = first == null ? today.withDayOfYear(1).toString() : first;
        String typedLast = last == null ? today.toString() : last;
        model.addAttribute("indicators", Indicator.values());
        model.addAttribute("breakdowns", Breakdown.values());
        model.addAttribute("indicator", indicator);
        model.addAttribute("breakdown", breakdown);
        model.addAttribute("first", typedFirst);
        model.addAttribute("last", typedLast);
        try {
            model.addAttribute("table", statistics.table(user, query(indicator, breakdown, typedFirst, typedLast)));
        } catch (DomainRuleViolation refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", refused);
        }
        return "statistics/dashboard";
    }

    @GetMapping(path = "/statistics.csv")
    void publishable(@RequestParam Indicator indicator, @RequestParam(defaultValue = "NONE") Breakdown breakdown,
                     @RequestParam String first, @RequestParam String last, HttpServletResponse response) throws IOException {
        var table = statistics.table(CurrentUser.require(), query(indicator, breakdown, first, last));
        var locale = LocaleContextHolder.getLocale();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(indicator, first, last) + ".csv\"");
        var out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        var format = CSVFormat.DEFAULT.builder().setCommentMarker('#').get();
        try (var printer = format.print(out)) {
            printer.printComment(messages.getMessage("indicator." + indicator + ".name", null, locale) + ", " + first + " to " + last);
            printer.printComment(messages.getMessage("indicator." + indicator + ".definition", null, locale));
            for (var rule : table.rules()) {
                printer.printComment(messages.getMessage(rule.code(), rule.arguments().toArray(), locale));
            }
            printer.printRecord(messages.getMessage("breakdown." + breakdown, null, locale), "count");
            table.published().rows().forEach((row, cell) -> print(printer, row, cell));
            print(printer, "total", table.published().total());
        }
    }

    @GetMapping(path = "/statistics.xlsx")
    void publishableWorkbook(@RequestParam Indicator indicator, @RequestParam(defaultValue = "NONE") Breakdown breakdown,
                             @RequestParam String first, @RequestParam String last, HttpServletResponse response) throws IOException {
        var table = statistics.table(CurrentUser.require(), query(indicator, breakdown, first, last));
        var locale = LocaleContextHolder.getLocale();
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(indicator, first, last) + ".xlsx\"");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = workbook.createSheet(indicator.name());
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue(messages.getMessage("indicator." + indicator + ".name", null, locale)
                    + ", " + first + " – " + last);
            sheet.createRow(r++).createCell(0).setCellValue(messages.getMessage("indicator." + indicator + ".definition", null, locale));
            for (var rule : table.rules()) {
                sheet.createRow(r++).createCell(0).setCellValue(messages.getMessage(rule.code(), rule.arguments().toArray(), locale));
            }
            r++;
            var header = sheet.createRow(r++);
            header.createCell(0).setCellValue(messages.getMessage("breakdown." + breakdown, null, locale));
            header.createCell(1).setCellValue("count");
            for (var row : table.published().rows().entrySet()) {
                cells(sheet.createRow(r++), row.getKey(), row.getValue());
            }
            cells(sheet.createRow(r), "total", table.published().total());
            workbook.write(response.getOutputStream());
        }
    }

    private static void cells(org.apache.poi.ss.usermodel.Row row, String label, org.haven.statistics.SmallCells.Cell cell) {
        row.createCell(0).setCellValue(label);
        if (cell.suppressed()) {
            row.createCell(1).setCellValue(SUPPRESSED);
        } else {
            row.createCell(1).setCellValue(cell.value());
        }
    }

    private static String fileName(Indicator indicator, String first, String last) {
        return "haven-" + indicator.name().toLowerCase(java.util.Locale.ROOT) + "-" + FormInput.date(first) + "-" + FormInput.date(last);
    }

    private static void print(org.apache.commons.csv.CSVPrinter printer, String row, org.haven.statistics.SmallCells.Cell cell) {
        try {
            printer.printRecord(row, cell.suppressed() ? SUPPRESSED : cell.value());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Statistics.Query query(Indicator indicator, Breakdown breakdown, String first, String last) {
        return new Statistics.Query(indicator, breakdown, FormInput.date(first), FormInput.date(last));
    }
}
