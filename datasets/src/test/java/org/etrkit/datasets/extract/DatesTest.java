package org.etrkit.datasets.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static List<String> isos(String text) {
        return Dates.find(text).stream().map(DateMention::iso).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "The rebels assaulted Ghulja on 7 November 1944 and won. | 1944-11-07",
        "It was signed in Nanjing on August 21, 1937, between them. | 1937-08-21",
        "In July 1942, Chiang instructed Ma. | 1942-07",
        "He was sent in 1945 during the rebellion. | 1945",
        "It existed from 1944 to 1946. | 1944/1946",
        "The Republic (1933–1934) was short-lived. | 1933/1934",
        "The massacres occurred mostly during 1944–45, with reprisals. | 1944/1945",
        "No help between 1937 and 1941, in order not to. | 1937/1941",
        "In April–June 1952 a group of aircraft. | 1952-04/1952-06",
        "From August 1945 – 1946, the rebels. | 1945-08/1946",
        "Relations improved in the 1970s. | 1970/1979",
        "In the late 1950s – early 1960s, relations became strained. | 1950/1969",
        // issue 8: day ranges
        "In the night of 6–7 November 1944 the rebels attacked. | 1944-11-06/1944-11-07",
        "It lasted from 31 January to 4 February 1934, then ended. | 1934-01-31/1934-02-04",
        "It lasted 31 January – 4 February 1934, then ended. | 1934-01-31/1934-02-04",
        "It lasted from 28 December to 3 January 1945, then ended. | 1944-12-28/1945-01-03",
        "It lasted between 6 and 9 May 1945, then ended. | 1945-05-06/1945-05-09",
        "It lasted May 5–8, 1945, then ended. | 1945-05-05/1945-05-08",
        "It lasted January 31 – February 4, 1934, then ended. | 1934-01-31/1934-02-04",
        "It lasted from 3 March 1944 to 5 April 1945, then ended. | 1944-03-03/1945-04-05",
    })
    void recognisesDatesAtThePrecisionTheTextGives(String text, String iso) {
        assertEquals(List.of(iso), isos(text));
    }

    @Test
    void dayAndMonthWithoutYearIsFoundButHasNoYear() {
        List<DateMention> d = Dates.find("By 3 October, the rioters had captured Nilka; on the battle of October 03 we lost.");
        assertEquals(List.of("--10-03", "--10-03"), d.stream().map(DateMention::iso).toList());
        assertFalse(d.get(0).hasYear());
    }

    @Test
    void aDayRangeIsNotAQuantity() {
        assertEquals(List.of(), Quantities.find("In the night of 6–7 November 1944 the rebels attacked."));
        assertEquals(List.of(), Quantities.find("In the night of 6–7 November the rebels attacked."));
    }

    @Test
    void aDayRangeWithoutYearIsFoundWithoutYear() {
        List<DateMention> d = Dates.find("In the night of 6–7 November the rebels attacked.");
        assertEquals(List.of("--11-06/--11-07"), d.stream().map(DateMention::iso).toList());
        assertFalse(d.get(0).hasYear());
    }

    @Test
    void aListOfDaysBeforeAMonthIsOneDateEach() {
        assertEquals(List.of("1939-10-03", "1939-10-14"), isos("It bombed the airfield on 3 and 14 October 1939."));
        assertEquals(List.of("1945-05-05", "1945-05-07", "1945-05-09"), isos("Raids on 5, 7 and 9 May 1945 failed."));
        assertEquals(List.of("--10-03", "--10-14"), isos("It bombed the airfield on 3 and 14 October, destroying it."));
        assertEquals(List.of(), Quantities.find("It bombed the airfield on 3 and 14 October 1939."));
    }

    @Test
    void numbersThatAreNotYearsAreNotDates() {
        assertTrue(isos("It had 1,500 men, 250 guns, $1945 and 42nd and 1.5 million and 19450 rounds.").isEmpty());
    }

    @Test
    void invalidCalendarDateIsNotADayDate() {
        assertEquals(List.of("1945-02"), isos("On 31 February 1945 nothing."));
    }

    /** As the date reader gives a day its month does not have: the text, the ISO date and the day, one line. */
    private static List<String> read(String text) {
        return Dates.find(text).stream().map(d -> d.text() + " -> " + d.iso() + " day " + d.impossibleDay()).toList();
    }

    @Test
    void aDayItsMonthDoesNotHaveIsItsMonthWithTheDaySaid() {
        // "February 29, 1945" was the year 1945 alone, "31 February 1945" the month "February 1945" with "31" left
        // to be read as a quantity: neither said that a day had been given, and one the month did not have
        assertEquals(List.of("31 February 1950 -> 1950-02 day 31"), read("The mill burned on 31 February 1950, they said."));
        assertEquals(List.of("April 31, 1947 -> 1947-04 day 31"), read("The ferry sank on April 31, 1947, off the cape."));
        assertEquals(List.of("February 29, 1951 -> 1951-02 day 29"), read("Snow fell on February 29, 1951, in the valley."));
        assertEquals(List.of("0 May 1948 -> 1948-05 day 0"), read("The fair opened on 0 May 1948 at noon."));
        assertEquals(List.of(), Quantities.find("The mill burned on 31 February 1950, they said."));
        // a day the month has is a day, and says no impossible day
        assertEquals(List.of("29 February 1948 -> 1948-02-29 day -1"), read("The fair opened on 29 February 1948 at noon."));
    }

    @Test
    void aDayItsMonthHasInNoYearIsNoDateWithoutAYear() {
        // "31 June" was --06-31, a day no year has
        assertEquals(List.of(), isos("By 31 June the ferry had sunk."));
        assertEquals(List.of(), isos("By 30 February the ferry had sunk."));
        assertEquals(List.of("--02-29"), isos("By 29 February the ferry had sunk."));
    }

    @Test
    void aRangeWithADayItsMonthDoesNotHaveIsNoRange() {
        assertEquals(List.of("1947-03-03", "April 31, 1947 -> 1947-04 day 31"),
                Dates.find("The fair ran from March 3, 1947 to April 31, 1947, in the park.").stream()
                        .map(d -> d.iso().length() == 10 ? d.iso() : d.text() + " -> " + d.iso() + " day " + d.impossibleDay())
                        .toList());
    }

    @Test
    void aMonthMayBeWrittenAsItsFirstThreeLettersAndAStop() {
        // "30 Feb. 1946" was the year 1946 alone
        assertEquals(List.of("1945-02-12", "1944-09", "1946-03"), isos("The mill burned on 12 Feb. 1945, after Sept. 1944 and before Mar. 1946."));
        assertEquals(List.of("30 Feb. 1946 -> 1946-02 day 30"), read("The mill burned on 30 Feb. 1946 at dawn."));
        assertEquals(List.of("--01-07"), isos("It burned on 7 Jan. The mill was rebuilt."));
        // a name is no month without its stop ("Jan Novak") and a stop after a full name is the sentence's
        assertEquals(List.of("1945"), isos("Jan 1945 was a fine year, said Jan."));
    }

    @Test
    void aDayMayBeWrittenAsAnOrdinal() {
        // "12th November 1944" was the month 1944-11 with "12th" left over, "November 12th, 1944" the year 1944
        assertEquals(List.of("1944-11-12", "1937-08-21"), isos("The mill burned on 12th November 1944 and on August 21st, 1937."));
        assertEquals(List.of("February 30th, 1945 -> 1945-02 day 30"), read("The mill burned on February 30th, 1945, at dawn."));
        assertEquals(List.of(), isos("The 1st Army and the 26th of the month."));
    }
}
