package org.providerdesk.reports;

import java.util.List;

/**
 * A report laid out for spreadsheets: title lines, then one sheet per view (CSV writes the sheets' rows one
 * after another under one header, so every sheet of a table has the same columns).
 *
 * @param titleLines the lines above the column headers in a workbook
 */
record Table<T>(List<String> titleLines, List<Column<T>> columns, List<Sheet<T>> sheets) {

    /** One view: a named sheet of rows. */
    record Sheet<T>(String name, List<T> rows) {
    }

    Table {
        titleLines = List.copyOf(titleLines);
        columns = List.copyOf(columns);
        sheets = List.copyOf(sheets);
    }

    long rowCount() {
        long count = 0;
        for (Sheet<T> sheet : sheets) {
            count += sheet.rows().size();
        }
        return count;
    }
}
