package org.etrkit.datasets.parse;

import java.util.List;

/**
 * One block of an article, with the place it starts. Paragraphs and list items are single lines in
 * the seed format; a table spans one line per row and keeps every row's line.
 */
public sealed interface Element {

    /** Where the element starts. */
    SourceLocation at();

    /** A heading: {@code ==History==} is level 2, {@code === Background ===} is level 3. */
    record Heading(int level, String text, SourceLocation at) implements Element {
    }

    /** A paragraph (one line), under the heading {@code section} ("" before the first heading). */
    record Paragraph(String text, String section, SourceLocation at) implements Element {
    }

    /** One bullet ({@code - text}). */
    record ListItem(String text, String section, SourceLocation at) implements Element {
    }

    /** One {@code - Key: Value} line of the infobox; {@code valueColumn} is where the value starts. */
    record InfoboxEntry(String key, String value, int valueColumn, SourceLocation at) implements Element {
    }

    /**
     * A pipe table. The first row is the header; {@code rows} holds the data rows in order, without
     * the trailing {@code | Sources: ... |} footnote, which is kept in {@code footnote} ("" if none).
     * {@code index} counts the article's tables from 1.
     */
    record PipeTable(int index, String caption, List<String> header, List<Row> rows, String footnote,
                     String section, SourceLocation at) implements Element {
        /** Keeps unmodifiable copies of the header and rows; a null list (or cell) is a {@link NullPointerException}. */
        public PipeTable {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    /** One data row of a pipe table; {@code columns} holds the 1-based column where each cell's text starts. */
    record Row(List<String> cells, List<Integer> columns, SourceLocation at) {
        /**
         * Keeps unmodifiable copies of the cells and columns; lists of different sizes are an
         * {@link IllegalArgumentException}, a null list (or element) a {@link NullPointerException}.
         */
        public Row {
            cells = List.copyOf(cells);
            columns = List.copyOf(columns);
            if (columns.size() != cells.size()) {
                throw new IllegalArgumentException("one column per cell");
            }
        }

        /** The cell under column {@code i}; one the row does not have is an {@link IndexOutOfBoundsException}. */
        public String cell(int i) {
            return cells.get(i);
        }
    }
}
