package org.etrkit.datasets.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuoteTest {

    @Test
    void aRowsQuoteEndsAtItsLastCellThatIsNotEmpty() {
        assertEquals("Rifles | 4,000", Quote.ofRow(List.of("Rifles", "4,000", "", " ")));
    }

    @Test
    void aRowsEmptyCellsBeforeAFullOneStayInItsQuote() {
        assertEquals("3rd Company |  | 120", Quote.ofRow(List.of("3rd Company", "", "120")));
    }

    @Test
    void aRowOfEmptyCellsQuotesNothing() {
        assertEquals("", Quote.ofRow(List.of("", "")));
    }
}
