package org.haven.statistics.web;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.haven.access.CurrentUser;
import org.haven.platform.DomainRuleViolation;
import org.haven.statistics.Breakdown;
import org.haven.statistics.Indicator;
import org.haven.statistics.SmallCells;
import org.haven.statistics.SpreadsheetText;
import org.haven.statistics.Statistics;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Year;
import java.util.Locale;

/** The indicators as published tables, with filters, and the same table as CSV or XLSX to publish. */
@Controller
class StatisticsController {

    /** What a hidden count reads in the files, in every language (a fixed token for programs reading them). */
    static final String SUPPRESSED = "suppressed";

    private final Statistics statistics;
    private final MessageSource messages;

    StatisticsController(Statistics statistics, MessageSource messages) {
        this.statistics = statistics;
        this.messages = messages;
    }

    @GetMapping("/statistics")
    String dashboard(@RequestParam(defaultValue = "PRESUMED_OR_IDENTIFIED") Indicator indicator,
                     @RequestParam(defaultValue = "NONE") Breakdown breakdown,
                     @RequestParam(required = false) String year, Model model, HttpServletResponse response) {
        var user = CurrentUser.require();
        statistics.requireMayRead(user, "statistics.viewed");
        var years = statistics.years();
        String typedYear = year == null ? years.get(0).toString() : year;
        model.addAttribute("indicators", Indicator.values());
        model.addAttribute("breakdowns", Breakdown.values());
        model.addAttribute("years", years);
        model.addAttribute("indicator", indicator);
        model.addAttribute("breakdown", breakdown);
        model.addAttribute("year", typedYear);
        model.addAttribute("mayDrillDown", statistics.mayDrillDown(user));
        try {
            model.addAttribute("table", statistics.table(user, query(indicator, breakdown, typedYear), "statistics.viewed"));
        } catch (DomainRuleViolation refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", refused);
        }
        return "statistics/dashboard";
    }

    @GetMapping("/statistics/cases")
    String casesBehind(@RequestParam(defaultValue = "PRESUMED_OR_IDENTIFIED") Indicator indicator,
                       @RequestParam(defaultValue = "NONE") Breakdown breakdown,
                       @RequestParam(required = false) String year, @RequestParam(defaultValue = "all") String row,
                       Model model) {
        var user = CurrentUser.require();
        var query = query(indicator, breakdown, year == null ? statistics.years().get(0).toString() : year);
        model.addAttribute("cases", statistics.casesBehind(user, query, row));
        model.addAttribute("indicator", indicator);
        model.addAttribute("breakdown", breakdown);
        model.addAttribute("year", query.year().toString());
        model.addAttribute("row", row);
        return "statistics/cases";
    }

    @GetMapping(path = "/statistics.csv")
    void publishable(@RequestParam(defaultValue = "PRESUMED_OR_IDENTIFIED") Indicator indicator,
                     @RequestParam(defaultValue = "NONE") Breakdown breakdown,
                     @RequestParam(required = false) String year, HttpServletResponse response) throws IOException {
        var table = exported(indicator, breakdown, year, response, "text/csv;charset=UTF-8", "csv");
        var locale = LocaleContextHolder.getLocale();
        var format = CSVFormat.DEFAULT.builder().setCommentMarker('#').get();
        try (var printer = format.print(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8))) {
            for (String line : preamble(table, locale)) {
                printer.printComment(line);
            }
            printer.printRecord(messages.getMessage("breakdown." + breakdown, null, locale), "count");
            table.published().rows().forEach((row, cell) -> print(printer, row, cell));
            if (!table.query().breakdown().overYears()) {
                print(printer, "total", table.published().total());
            }
        }
    }

    @GetMapping(path = "/statistics.xlsx")
    void publishableWorkbook(@RequestParam(defaultValue = "PRESUMED_OR_IDENTIFIED") Indicator indicator,
                             @RequestParam(defaultValue = "NONE") Breakdown breakdown,
                             @RequestParam(required = false) String year, HttpServletResponse response) throws IOException {
        var table = exported(indicator, breakdown, year, response,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
        var locale = LocaleContextHolder.getLocale();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = workbook.createSheet(indicator.name());
            int r = 0;
            for (String line : preamble(table, locale)) {
                sheet.createRow(r++).createCell(0).setCellValue(line);
            }
            r++;
            var header = sheet.createRow(r++);
            header.createCell(0).setCellValue(messages.getMessage("breakdown." + breakdown, null, locale));
            header.createCell(1).setCellValue("count");
            for (var row : table.published().rows().entrySet()) {
                cells(sheet.createRow(r++), row.getKey(), row.getValue());
            }
            if (!table.query().breakdown().overYears()) {
                cells(sheet.createRow(r), "total", table.published().total());
            }
            workbook.write(response.getOutputStream());
        }
    }

    /** The table to publish as a file (audited as exported), with the response made a download of that type. */
    private Statistics.Table exported(Indicator indicator, Breakdown breakdown, String year, HttpServletResponse response,
                                      String contentType, String extension) {
        var user = CurrentUser.require();
        statistics.requireMayRead(user, "statistics.exported");
        var table = statistics.table(user, query(indicator, breakdown, year == null ? statistics.years().get(0).toString() : year),
                "statistics.exported");
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"haven-"
                + indicator.name().toLowerCase(Locale.ROOT) + "-" + (breakdown.overYears() ? "by-year" : table.query().year())
                + "." + extension + "\"");
        return table;
    }

    /** What every published file says first: the indicator and year, its definition, the day read, the rules. */
    private java.util.List<String> preamble(Statistics.Table table, Locale locale) {
        var indicator = table.query().indicator();
        var lines = new java.util.ArrayList<String>();
        String period = table.query().breakdown().overYears() ? messages.getMessage("statistics.all-years", null, locale)
                : table.query().year().toString();
        lines.add(messages.getMessage("indicator." + indicator + ".name", null, locale) + ", " + period);
        lines.add(messages.getMessage("indicator." + indicator + ".definition", null, locale));
        lines.add(messages.getMessage("statistics.formula",
                new Object[]{messages.getMessage("indicator." + indicator + ".formula", null, locale)}, locale));
        lines.add(messages.getMessage("statistics.as-of", new Object[]{table.asOf().toString()}, locale));
        if (table.published().breakdownWithheld()) {
            lines.add(messages.getMessage("statistics.breakdown-withheld", null, locale));
        }
        table.rules().forEach(rule -> lines.add(messages.getMessage(rule.code(), rule.arguments().toArray(), locale)));
        return lines;
    }

    private static void cells(org.apache.poi.ss.usermodel.Row row, String label, SmallCells.Cell cell) {
        row.createCell(0).setCellValue(SpreadsheetText.safe(label));
        if (cell.suppressed()) {
            row.createCell(1).setCellValue(SUPPRESSED);
        } else {
            row.createCell(1).setCellValue(cell.value());
        }
    }

    private static void print(CSVPrinter printer, String row, SmallCells.Cell cell) {
        try {
            printer.printRecord(SpreadsheetText.safe(row), cell.suppressed() ? SUPPRESSED : cell.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Statistics.Query query(Indicator indicator, Breakdown breakdown, String year) {
        try {
            return new Statistics.Query(indicator, breakdown, Year.parse(year.strip()));
        } catch (DateTimeException notAYear) {
            throw new DomainRuleViolation("statistics.year.invalid", String.valueOf(Statistics.FIRST_YEAR));
        }
    }
}
