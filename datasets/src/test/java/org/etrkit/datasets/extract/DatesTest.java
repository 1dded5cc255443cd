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
}
