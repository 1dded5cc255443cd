package org.etrkit.datasets.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantitiesTest {

    private static Quantity only(String text) {
        List<Quantity> qs = Quantities.find(text);
        assertEquals(1, qs.size(), () -> "quantities in '" + text + "': " + qs);
        return qs.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // text | value | high | qualifier | unit
        "The ETR had 705,168 people at the end. | 705168 | 705168 | EXACT | people",
        "Kazakhs made up 52.1% of the population. | 52.1 | 52.1 | EXACT | percent",
        "China received credits for $250 million for weapons. | 250000000 | 250000000 | EXACT | USD",
        "An operation mobilizing 1.5 million soldiers began. | 1500000 | 1500000 | EXACT | soldiers",
        "It faced one million Kwantung Army troops, the last. | 1000000 | 1000000 | EXACT | troops",
        "It included forty-two airplanes, captured at a base. | 42 | 42 | EXACT | airplanes",
        "Soviet personnel serviced fourteen airplanes. | 14 | 14 | EXACT | airplanes",
        "The Committee had seven members. | 7 | 7 | EXACT | members",
        "The National Army enlisted 25,000 to 30,000 troops. | 25000 | 30000 | EXACT | troops",
        "There were between 8,000 and 9,500 horsemen there. | 8000 | 9500 | EXACT | horsemen",
        "A force of 2,100–2,600 rebels. | 2100 | 2600 | EXACT | rebels",
        "About 2,000 members of the air force were sent. | 2000 | 2000 | ABOUT | members",
        "They had around 60,000 troops. | 60000 | 60000 | ABOUT | troops",
        "They had approximately 60,000 troops. | 60000 | 60000 | ABOUT | troops",
        "They had some 60,000 troops. | 60000 | 60000 | ABOUT | troops",
        "They had nearly 60,000 troops. | 60000 | 60000 | ABOUT | troops",
        "It sent more than 900 aircraft. | 900 | 900 | MORE_THAN | aircraft",
        "Over 60,000 soldiers were in the army. | 60000 | 60000 | MORE_THAN | soldiers",
        "It had fewer than 300 tanks. | 300 | 300 | LESS_THAN | tanks",
        "It had less than 300 tanks. | 300 | 300 | LESS_THAN | tanks",
        "It had under 300 tanks. | 300 | 300 | LESS_THAN | tanks",
        "Units included up to 500 officers. | 500 | 500 | UP_TO | officers",
        "It had at least 300 tanks. | 300 | 300 | AT_LEAST | tanks",
    })
    void recognisesFiguresQualifiersAndUnits(String text, double value, double high, Qualifier qualifier,
                                             String unit) {
        Quantity q = only(text);
        assertEquals(value, q.value());
        assertEquals(high, q.high());
        assertEquals(qualifier, q.qualifier());
        assertEquals(unit, q.unit());
    }

    @Test
    void keepsTheWholeMentionAndNounPhrase() {
        Quantity q = only("More than 1,500 Soviet military advisers were sent to China.");
        assertEquals("More than 1,500 Soviet military advisers", q.text());
        assertEquals("Soviet military advisers", q.noun());
        assertEquals(0, q.start());
    }

    @Test
    void coordinatedFiguresAreSeparateMentions() {
        List<Quantity> qs = Quantities.find("arms deliveries, including more than 900 aircraft and 82 tanks.");
        assertEquals(List.of("aircraft", "tanks"), qs.stream().map(Quantity::unit).toList());
        assertEquals(Qualifier.EXACT, qs.get(1).qualifier());
    }

    @Test
    void yearsDatesOrdinalsIdentifiersAndNamesAreNotQuantities() {
        String text = "In 1945 the 5th and 42nd Cavalry went, on 7 November 1944, and Resolution 324 to dissolve;"
                + " the Three Districts and the Tu-4 and thousands of troops and one side.";
        assertTrue(Quantities.find(text).isEmpty(), () -> Quantities.find(text).toString());
    }

    @Test
    void textChangesFlowThroughToValues() {
        assertEquals(712345, only("The ETR had a total population of 712,345 people.").value());
    }
}
