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
    void aWeekdayBetweenTheMonthAndTheDayIsRead() {
        assertTrue(Dates.isDateLine("March, Friday 6, 2026"));
        assertEquals(LocalDate.of(2026, 3, 6), Dates.find("March, Friday 6, 2026").orElseThrow());
    }

    @Test
    void aClockTimeSetOffByADashOrABarIsPartOfTheDateLine() {
        assertTrue(Dates.isDateLine("13/02/2026 - 10:45"));
        assertTrue(Dates.isDateLine("March 3, 2026 | 08:15 GMT"));
        assertEquals(LocalDate.of(2026, 2, 13), Dates.find("13/02/2026 - 10:45").orElseThrow());
    }

    @Test
    void isoAndDayMonthYearFormsAreRead() {
        assertEquals(LocalDate.of(2025, 11, 7), Dates.find("— 2025-11-07").orElseThrow());
        assertEquals(LocalDate.of(2025, 9, 3), Dates.find("Published 3 Sept 2025").orElseThrow());
        assertEquals(LocalDate.of(2025, 11, 7), Dates.parseIso("2025-11-07T10:00:00+02:00").orElseThrow());
    }

    @Test
    void aYearGluedToTheCommaAfterTheDayIsRead() {
        assertTrue(Dates.isDateLine("Published March 4,2024"));
        assertEquals(LocalDate.of(2024, 3, 4), Dates.find("Published March 4,2024").orElseThrow());
        assertEquals(LocalDate.of(2024, 3, 4), Dates.find("4 March,2024").orElseThrow());
        assertTrue(Dates.find("In May 3,500 troops arrived.").isEmpty(), "a number with a thousands comma is no year");
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
        assertEquals(LocalDate.of(2024, 3, 3), Dates.find("Published: 09:15, March 3, 2024 | Updated: 10:02, March 4, 2024").orElseThrow());
        assertFalse(Dates.isDateLine("Published: the ministry released its plan on March 3, 2024."));
    }

    @Test
    void aStampOpenedWithoutAColonIsATimeStampLine() {
        assertTrue(Dates.isDateLine("Posted at Feb 02 2024 08:10 AM | Updated as of Feb 02 2024 09:40 AM"));
        assertEquals(LocalDate.of(2024, 2, 2), Dates.find("Posted at Feb 02 2024 08:10 AM | Updated as of Feb 02 2024 09:40 AM").orElseThrow());
        assertTrue(Dates.isDateLine("Updated on 4 March 2024, 10:02 | Published on 3 March 2024"));
        assertFalse(Dates.isDateLine("Updated at the last minute, the plan was published on March 3, 2024 in full."));
        assertTrue(Dates.isDateLine("Updated 21.40 GMT, Thu 12 Feb 2026"), "a clock time right after the word");
        assertEquals(LocalDate.of(2026, 2, 12), Dates.find("Updated 21.40 GMT, Thu 12 Feb 2026").orElseThrow());
        assertFalse(Dates.isDateLine("Updated 3 times since the vote on 12 Feb 2026, the plan is final."));
    }

    @Test
    void aYearFirstDateWithSlashesIsRead() {
        assertEquals(LocalDate.of(2026, 2, 14), Dates.parseIso("2026/02/14").orElseThrow());
    }

    @Test
    void aDateFollowedByAnUpdateStampIsADateLine() {
        assertTrue(Dates.isDateLine("March 9, 2025 7:40 PM GMT Updated 3 hours ago"));
        assertTrue(Dates.isDateLine("9 March 2025 | Last updated: 10 March 2025"));
        assertFalse(Dates.isDateLine("March 9, 2025 was the day the treaty was updated by the parties."));
    }

    @Test
    void aNumericDateIsReadDayFirstUnlessOnlyMonthFirstFits() {
        assertEquals(LocalDate.of(2022, 1, 31), Dates.find("WORLD 31/01/2022").orElseThrow());
        assertEquals(LocalDate.of(2023, 3, 14), Dates.find("03/14/2023").orElseThrow(), "a second number above 12 is the day");
        assertEquals(LocalDate.of(2022, 4, 5), Dates.find("Posted 05.04.2022").orElseThrow());
        assertEquals(LocalDate.of(2022, 2, 1), Dates.find("1/2/2022 and February 1, 2022").orElseThrow());
        assertEquals(LocalDate.of(2021, 6, 9), Dates.find("on 12/12/2022 he recalled June 9, 2021").orElseThrow(),
                "a date written out wins over a numeric one");
        assertTrue(Dates.isDateLine("31/01/2022 10:15"));
    }

    @Test
    void anUpdateStampWithAClockTimeInLowerCaseAfterTheDateIsPartOfTheDateLine() {
        assertTrue(Dates.isDateLine("Oct. 15, 2026 | Updated 4:15 p.m. EST"));
        assertEquals(LocalDate.of(2026, 10, 15), Dates.find("Oct. 15, 2026 | Updated 4:15 p.m. EST").orElseThrow());
    }
}
