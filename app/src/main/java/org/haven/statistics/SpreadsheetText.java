package org.haven.statistics;

/** Text for a cell of a file people open in a spreadsheet. */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /**
     * A value that would start a formula (=, +, -, @, a tab or a return) gets a leading apostrophe,
     * so opening the file never runs anything typed into Haven.
     */
    public static String safe(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
