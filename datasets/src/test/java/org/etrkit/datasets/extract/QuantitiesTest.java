package org.etrkit.datasets.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantitiesTest {

    private static List<Double> values(String text) {
        return Quantities.find(text).stream().map(Quantity::value).toList();
    }

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
        // issue 8: hedges read wrongly or not at all
        "It had no more than 200 men. | 200 | 200 | UP_TO | men",
        "It had not more than 200 men. | 200 | 200 | UP_TO | men",
        "It sent as many as 120 aircraft. | 120 | 120 | UP_TO | aircraft",
        "It had at most 40 guns. | 40 | 40 | UP_TO | guns",
        "It had a maximum of 40 guns. | 40 | 40 | UP_TO | guns",
        "An estimated 3,000 people fled. | 3000 | 3000 | ABOUT | people",
        "It was estimated at 3,000 men. | 3000 | 3000 | ABOUT | men",
        "Perhaps 40,000 people died. | 40000 | 40000 | ABOUT | people",
        "It had roughly 500 tanks. | 500 | 500 | ABOUT | tanks",
        "It had almost 500 tanks. | 500 | 500 | ABOUT | tanks",
        "It had circa 500 tanks. | 500 | 500 | ABOUT | tanks",
        "It had c. 500 tanks. | 500 | 500 | ABOUT | tanks",
        "It had close to 500 tanks. | 500 | 500 | ABOUT | tanks",
        "Men aged 18 or over were called up. | 18 | 18 | AT_LEAST | ''",
        "Men aged 18 and over were called up. | 18 | 18 | AT_LEAST | ''",
        "It had 2,000 or more troops. | 2000 | 2000 | AT_LEAST | troops",
        "It had 200 or fewer troops. | 200 | 200 | UP_TO | troops",
        "It had 2,000 or so troops. | 2000 | 2000 | ABOUT | troops",
        "It had 2,000-odd troops. | 2000 | 2000 | ABOUT | troops",
        "It had no fewer than 300 tanks. | 300 | 300 | AT_LEAST | tanks",
        "It had no less than 300 tanks. | 300 | 300 | AT_LEAST | tanks",
        "It had not less than 300 tanks. | 300 | 300 | AT_LEAST | tanks",
        "It had a minimum of 300 tanks. | 300 | 300 | AT_LEAST | tanks",
        "It had well over 300 tanks. | 300 | 300 | MORE_THAN | tanks",
        "It had just over 300 tanks. | 300 | 300 | MORE_THAN | tanks",
        "It had upwards of 300 tanks. | 300 | 300 | MORE_THAN | tanks",
        "It had in excess of 300 tanks. | 300 | 300 | MORE_THAN | tanks",
        "It had just under 300 tanks. | 300 | 300 | LESS_THAN | tanks",
        "It had well under 300 tanks. | 300 | 300 | LESS_THAN | tanks",
        // number words, scale words and fractions of them
        "He led a dozen men. | 12 | 12 | EXACT | men",
        "He led about a dozen men. | 12 | 12 | ABOUT | men",
        "He led two dozen men. | 24 | 24 | EXACT | men",
        "He led half a dozen men. | 6 | 6 | EXACT | men",
        "It had a hundred guns. | 100 | 100 | EXACT | guns",
        "It had a thousand horsemen. | 1000 | 1000 | EXACT | horsemen",
        "It cost half a million rubles. | 500000 | 500000 | EXACT | rubles",
        "It cost a quarter of a million rubles. | 250000 | 250000 | EXACT | rubles",
        "It cost one and a half million rubles. | 1500000 | 1500000 | EXACT | rubles",
        "It had one hundred and fifty guns. | 150 | 150 | EXACT | guns",
        "It had two hundred thousand men. | 200000 | 200000 | EXACT | men",
        "It had 1.2 million men. | 1200000 | 1200000 | EXACT | men",
        "It cost 2½ million rubles. | 2500000 | 2500000 | EXACT | rubles",
        "It cost 1.5 million million dollars. | 1500000000000 | 1500000000000 | EXACT | dollars",
        "It cost 1.1 million rubles. | 1100000 | 1100000 | EXACT | rubles",
        "It cost £3 million. | 3000000 | 3000000 | EXACT | GBP",
        "It cost US$3 million. | 3000000 | 3000000 | EXACT | USD",
        "It cost some Rs 3.5 crore. | 35000000 | 35000000 | ABOUT | rupees",
        "It cost Rs. 4 lakh a year. | 400000 | 400000 | EXACT | rupees",
        // ranges
        "It had some 2,000–3,000 troops. | 2000 | 3000 | ABOUT | troops",
        "It had 2,000-3,000 troops. | 2000 | 3000 | EXACT | troops",
        "It had 2,000 – 3,000 troops. | 2000 | 3000 | EXACT | troops",
        "It had 2 to 3 million troops. | 2000000 | 3000000 | EXACT | troops",
        "It had between two and three thousand troops. | 2000 | 3000 | EXACT | troops",
        "It had up to 2,000–3,000 troops. | 2000 | 3000 | UP_TO | troops",
        "It cost $2–3 million. | 2000000 | 3000000 | EXACT | USD",
        "It cost between $2 million and $3 million. | 2000000 | 3000000 | EXACT | USD",
        "It was 5 to 10 per cent of the army. | 5 | 10 | EXACT | percent",
        "Aged between 18 and 45 years. | 18 | 45 | EXACT | years",
        "It took over a million lives. | 1000000 | 1000000 | MORE_THAN | lives",
        "Nearly half a million people fled. | 500000 | 500000 | ABOUT | people",
        "It had at least a dozen guns. | 12 | 12 | AT_LEAST | guns",
        "It had a dozen or so guns. | 12 | 12 | ABOUT | guns",
        "It had a hundred thousand men. | 100000 | 100000 | EXACT | men",
        "It had ten thousand men. | 10000 | 10000 | EXACT | men",
        "Men over 18 were called up. | 18 | 18 | MORE_THAN | ''",
        "Three thousand men came. | 3000 | 3000 | EXACT | men",
        "More than 10,000 Kazakhs fled to Gansu. | 10000 | 10000 | MORE_THAN | kazakhs",
        "It was approximately 200,000–250,000 people. | 200000 | 250000 | ABOUT | people",
        // negative numbers
        "The balance was -5,000 rubles. | -5000 | -5000 | EXACT | rubles",
        "The balance was −5,000 rubles. | -5000 | -5000 | EXACT | rubles",
        "It fell to −40 degrees. | -40 | -40 | EXACT | degrees",
        "It ranged from −10 to 5 degrees. | -10 | 5 | EXACT | degrees",
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
    void aModelNameInMixedCaseStaysOneWordOfTheNoun() {
        Quantity q = only("In 1952 they received 64 MiG-17 interceptors.");
        assertEquals("MiG-17 interceptors", q.noun());
        assertEquals("interceptors", q.unit());
    }

    @Test
    void anAdverbInLyAfterAPeoplesNameIsNoPartOfTheNoun() {
        Quantity q = only("By 1990 fewer than 2,400 Greeks actually lived in the valley.");
        assertEquals("Greeks", q.noun());
        assertEquals("greeks", q.unit());
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
                + " the Three Districts and the Tu-4 and one side.";
        assertTrue(Quantities.find(text).isEmpty(), () -> Quantities.find(text).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the counted noun is a noun, never the verb after it
        "Ma had 3,000 cavalry sent by Sheng. | 3,000 cavalry | cavalry",
        "Only 200 men fought back. | 200 men | men",
        "Some 5,000 infantry held the pass. | Some 5,000 infantry | infantry",
        "About 600 personnel remained there. | About 600 personnel | personnel",
        "It had 200 armed men in the town. | 200 armed men | men",
        "About 6,000 cavalry horses were used. | About 6,000 cavalry horses | horses",
        "Of these, 2,000 killed and 3,000 wounded were counted. | 2,000 | ''",
    })
    void theCountedNounIsNeverAVerb(String text, String mention, String unit) {
        Quantity q = Quantities.find(text).get(0);
        assertEquals(mention, q.text());
        assertEquals(unit, q.unit());
    }

    @Test
    void coordinatedFiguresShareTheNounAfterTheLast() {
        List<Quantity> qs = Quantities.find("Ma had 2,000 and 3,000 cavalry sent by Sheng and Ma.");
        assertEquals(List.of("2,000", "3,000 cavalry"), qs.stream().map(Quantity::text).toList());
        assertEquals(List.of("cavalry", "cavalry"), qs.stream().map(Quantity::unit).toList());
        List<Quantity> or = Quantities.find("A patrol of 10 or 12 men came.");
        assertEquals(List.of("men", "men"), or.stream().map(Quantity::unit).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "At 10:30 the attack began.",
        "On 7/11/44 the attack began.",
        "About 1/3 of the army deserted.",
        "Decree No.14 set up the army.",
        "The No. 3 Squadron flew in.",
        "Type 97 tanks were used.",
        "It was signed under #12 of the list.",
        "Decree No. 14 set up the army.",
        "Article 8 allowed the use of force.",
        "Resolution 112 condemned the act.",
        "Under article 8 of the treaty, it left.",
        "The Order No. 227 was issued.",
        "Articles 8 and 9 allowed the use of force.",
        "It was set out in Protocol 2 of the pact.",
    })
    void identifiersTimesAndNumericFractionsAreNotQuantities(String text) {
        assertEquals(List.of(), Quantities.find(text));
    }

    @Test
    void aCountAfterANameIsKeptWithItsShare() {
        List<Quantity> qs = Quantities.find("Uyghurs 2,941,000 (78.8%), Kazakhs 326,000 (8.7%) and Hui 92,000 (2.5%).");
        assertEquals(List.of(2941000.0, 78.8, 326000.0, 8.7, 92000.0, 2.5), qs.stream().map(Quantity::value).toList());
        assertEquals(List.of("", "percent", "", "percent", "", "percent"), qs.stream().map(Quantity::unit).toList());
    }

    @Test
    void aDescendingPairIsTwoFiguresNotARange() {
        List<Quantity> qs = Quantities.find("The garrison fell from 30,000 to 25,000 men.");
        assertEquals(List.of(30000.0, 25000.0), qs.stream().map(Quantity::value).toList());
        assertTrue(qs.stream().noneMatch(Quantity::isRange));
    }

    @Test
    void vaguePluralsAndProportionsAreNotFigures() {
        String text = "Tens of thousands of Kazakhs fled, hundreds of thousands died, thousands of troops, dozens of"
                + " villages, scores of wagons, a few hundred men, several thousand horses, half of the army and"
                + " a quarter of the population.";
        assertEquals(List.of(), Quantities.find(text));
    }

    @Test
    void theNumberWordOneAndTheArticleAAloneAreNotFigures() {
        assertEquals(List.of(), Quantities.find("One side won a battle, and one of them had a hundredweight."));
        assertEquals(List.of(), Quantities.find("By one count the war was lost, and one day it ended."));
    }

    @Test
    void oneCountsAPersonOrAnItemOfAListOfFigures() {
        Quantity soldier = only("One soldier, Private Pavel Akulov, had been captured.");
        assertEquals(1, soldier.value());
        assertEquals("soldier", soldier.unit());
        assertEquals(List.of(72.0, 68.0, 1.0), values("The losses were 72 killed, 68 wounded and one missing."));
        assertEquals(List.of(3.0, 1.0), values("It lost 3 tanks, one aircraft and a gun."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a number word before "per cent" is a percentage as digits are
        "The Kyrgyz made up four per cent of the total. | 4 | percent",
        "The Kyrgyz made up four percent of the total. | 4 | percent",
        "The Mongols made up 1.2 per cent of it. | 1.2 | percent",
    })
    void perCentAfterAnyFigureMakesAPercentage(String text, double value, String unit) {
        Quantity q = only(text);
        assertEquals(value, q.value());
        assertEquals(unit, q.unit());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // "over" before a span of time says how long, not "more than"; after "for", "after", "in", "aged" it hedges
        "It was repayable over five years in wool. | 5 | 5 | EXACT | years",
        "They were repaid over ten to thirteen years in tea. | 10 | 13 | EXACT | years",
        "The work was spread over 18 months. | 18 | 18 | EXACT | months",
        "He served there for over five years. | 5 | 5 | MORE_THAN | years",
        "It came after over two years of talks. | 2 | 2 | MORE_THAN | years",
        "It was the first visit in over ten years. | 10 | 10 | MORE_THAN | years",
        "Men aged over 18 years were called up. | 18 | 18 | MORE_THAN | years",
        "The trees were over 300 years old. | 300 | 300 | MORE_THAN | years",
        "It sent over 300 men. | 300 | 300 | MORE_THAN | men",
    })
    void overBeforeASpanOfTimeIsNoHedge(String text, double value, double high, Qualifier qualifier, String unit) {
        Quantity q = only(text);
        assertEquals(value, q.value());
        assertEquals(high, q.high());
        assertEquals(qualifier, q.qualifier());
        assertEquals(unit, q.unit());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the head noun after a modifier, a model name or coordinated adjectives
        "A unit of 100 border guards held the post. | 100 border guards | guards",
        "It faced 40 frontier guards, then left. | 40 frontier guards | guards",
        "A column of four T-62 tanks came. | four T-62 tanks | tanks",
        "It supplied 82 T-26 tanks by sea. | 82 T-26 tanks | tanks",
        "It had 31 I-16 fighters at Nanjing. | 31 I-16 fighters | fighters",
        "It sent more than 14,000 light and heavy machine guns. | more than 14,000 light and heavy machine guns | guns",
        "It had 300 cavalry and infantry. | 300 cavalry | cavalry",
    })
    void theHeadNounFollowsItsModifiers(String text, String mention, String unit) {
        Quantity q = Quantities.find(text).get(0);
        assertEquals(mention, q.text());
        assertEquals(unit, q.unit());
    }

    @Test
    void aNumberWordOpeningASentenceCountsAModelNameOrAPluralAfterIt() {
        assertEquals(List.of(9.0), values("Nine Il-4 bombers were lost over the sea."));
        assertEquals(List.of(3.0), values("Three Kazakhs, all herders, were arrested."));
        assertEquals(List.of(), Quantities.find("Three Districts Economic Commission members met."));
    }

    @Test
    void aNumberWordOpeningASentenceCountsTheLowerCasePluralAfterACapitalisedAdjective() {
        assertEquals(List.of(12.0), values("Twelve Japanese instructors were posted to the school."));
        assertEquals(List.of(3.0), values("Three Kuomintang divisions held the pass."));
        assertEquals(List.of(), Quantities.find("Three Districts Economic Commission members met."));
    }

    @Test
    void aNumberWordOpeningASentenceCountsANounOfTwoWordsAfterACapitalisedAdjective() {
        // invented sentences: "Six Soviet patrol boats", "Four Polish field hospitals" count the boats and hospitals
        assertEquals(List.of(6.0), values("Six Soviet patrol boats reached the port."));
        assertEquals(List.of(4.0), values("Four Polish field hospitals were set up."));
        assertEquals(List.of(), Quantities.find("Five Year plan was adopted."));
    }

    @Test
    void otherRightAfterAFigureOpensItsNounPhrase() {
        // invented sentence: "some 80 other Ruritanian specialists" counts specialists
        Quantity q = Quantities.find("In 1980 some 80 other Ruritanian specialists served in the ministries.").get(0);
        assertEquals(80, q.value());
        assertEquals("specialists", q.unit());
    }

    @Test
    void aPluralThatQualifiesAPluralNounAfterItIsNoHead() {
        // invented sentences: "fisheries specialists", "arms factories": the second plural is what is counted
        Quantity q = Quantities.find("About 25 Ruritanian fisheries specialists worked at the port.").get(0);
        assertEquals("specialists", q.unit());
        assertEquals("factories", Quantities.find("The region had 12 arms factories by then.").get(0).unit());
        assertEquals("troops", Quantities.find("It sent 300 troops towards the pass.").get(0).unit());
    }

    @Test
    void aPluralNameBeforeACountIsNoIdentifier() {
        Quantity q = Quantities.find("The march cost the Kazakhs 45 killed and 12 wounded.").get(0);
        assertEquals(45, q.value());
        assertEquals(List.of(), Quantities.find("It flew in a Tupolev 104 to the coast."));
    }

    @Test
    void aLossParticipleAfterACountMakesTheNumberAfterANameACount() {
        // invented sentence: "the 12th Lancer Regiment 45 killed" counts the regiment's dead; no name numbered 45
        List<Quantity> qs = Quantities.find("The action cost the 12th Lancer Regiment 45 killed, 210 wounded and 8 missing.");
        assertEquals(List.of(45.0, 210.0, 8.0), qs.stream().map(Quantity::value).toList());
        assertEquals(List.of(), Quantities.find("The convoy passed Checkpoint 45 unharmed."));
    }

    @Test
    void anAdverbAndAParticipleBeforeTheHeadNounModifyIt() {
        Quantity q = only("The town had a guard of some 300 badly trained recruits.");
        assertEquals("recruits", q.unit());
    }

    @Test
    void textChangesFlowThroughToValues() {
        assertEquals(712345, only("The ETR had a total population of 712,345 people.").value());
    }

    @Test
    void aFurtherChangeAndTheLevelItReachedAreTwoFiguresNotARange() {
        List<Quantity> qs = Quantities.find("By 2011 it had fallen by another 6,300 to 18,900, and by a further 2,100 to 16,800.");
        assertEquals(List.of(6300.0, 18900.0, 2100.0, 16800.0), qs.stream().map(Quantity::value).toList());
        assertTrue(qs.stream().noneMatch(Quantity::isRange));
        assertTrue(Quantities.find("Prices rose by 10 to 15 percent.").get(0).isRange());
    }

    @Test
    void thousandsGroupedWithANoBreakOrThinSpaceAreOneFigure() {
        // a word processor's "12 000" (no-break space) was read as two figures, 12 and 0 troops
        for (char sep : new char[] {'\u00A0', '\u202F', '\u2009'}) {
            Quantity q = only("About 12" + sep + "000 troops were in Ili.");
            assertEquals(12000, q.value(), 0, () -> "separator U+" + Integer.toHexString(sep));
            assertEquals("troops", q.unit());
            assertEquals(List.of(1250000.0), values("It had 1" + sep + "250" + sep + "000 people."));
        }
        // a plain space still parts two figures, and a leading run of four digits is no group
        assertEquals(List.of(300.0), values("In 1945\u00A0300 men came."));
    }

    @Test
    void aMinusSignBetweenTwoFiguresIsTheDashOfARange() {
        // "1,000−1,200 troops" (U+2212, a math font's or a converter's dash) was two figures, 1,000 and 1,200 troops
        Quantity q = only("It was 1,000\u22121,200 troops in 1948.");
        assertEquals(1000, q.value(), 0);
        assertEquals(1200, q.high(), 0);
        assertEquals("troops", q.unit());
        assertEquals(List.of(-5.0), values("It was \u22125 degrees."));
    }
}
