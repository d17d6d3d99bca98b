package io.stancegraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void datelineWithWeekdayAndTimeIsADateLine() {
        assertTrue(Dates.isDateLine("Thursday, January 15, 2026 11:14 AM"));
        assertEquals(LocalDate.of(2026, 1, 15), Dates.find("Thursday, January 15, 2026 11:14 AM").orElseThrow());
    }

    @Test
    void isoAndDayMonthYearFormsAreRead() {
        assertEquals(LocalDate.of(2025, 11, 7), Dates.find("— 2025-11-07").orElseThrow());
        assertEquals(LocalDate.of(2025, 9, 3), Dates.find("Published 3 Sept 2025").orElseThrow());
        assertEquals(LocalDate.of(2025, 11, 7), Dates.parseIso("2025-11-07T10:00:00+02:00").orElseThrow());
    }

    @Test
    void sentenceWithADateIsNotADateLine() {
        assertFalse(Dates.isDateLine("Kazakhstan and Israel signed the deal on January 15, 2026 in Washington."));
    }

    @Test
    void impossibleDatesAreIgnored() {
        assertTrue(Dates.find("2026-13-45").isEmpty());
    }

    @Test
    void aTimeStampLineIsADateLineWhoseFirstDateIsThePublications() {
        assertTrue(Dates.isDateLine("Published: 09:15, March 3, 2024 | Updated: 10:02, March 4, 2024"));
        assertEquals(java.time.LocalDate.of(2024, 3, 3), Dates.find("Published: 09:15, March 3, 2024 | Updated: 10:02, March 4, 2024").orElseThrow());
        assertFalse(Dates.isDateLine("Published: the ministry released its plan on March 3, 2024."));
    }
}
