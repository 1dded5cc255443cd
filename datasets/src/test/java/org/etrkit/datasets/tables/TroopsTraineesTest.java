package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.TroopsFixture.*;

import org.junit.jupiter.api.Test;

/** Men trained: the people of the trainees, not of the country, schools or instructors that train them. */
class TroopsTraineesTest {

    @Test
    void menTrainedAbroadAreOfThePeopleTheSentenceSendsNotOfTheCountryThatTrainsThem() {
        // invented sentences: "Ghanaian cadets" are the trainees; the Soviet schools are where they trained
        TableAsserts t = TableAsserts.of(Fixtures.build("trained-abroad.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                Schooling in the Soviet Union came next. After 1961 Tibetan officers attended Soviet military colleges, and by 1966 about 1,200 had been trained in them.
                """).troops());
        t.rowWith("count_low", 1200L).has("side", "Other");
    }

    @Test
    void menTrainedByADonorsInstructorsOrAtItsSchoolsAreTheReceivingSides() {
        // invented sentences: the Soviet instructors trained Ruritanian militiamen; the cadets at Soviet schools are
        // Ruritanian; "a further" soldiers schooled are the trainees of the sentence before
        TableAsserts t = TableAsserts.of(Fixtures.build("trainees.txt", """
                = Fixture Soviet aid to Ruritania =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ruritania

                == Training ==
                From 1962 a mission of 40 Soviet instructors served with the Ruritanian Home Guard, training about 3,000 militiamen.

                Ruritanian officers were also sent abroad: by 1965 some 90 cadets were at Soviet military academies. Between 1962 and 1966 some 800 Ruritanian soldiers were trained in the Soviet Union. A further 600 soldiers passed through the Soviet-run school at the capital.
                """).troops());
        t.rowWith("count_low", 40L).has("side", "USSR");
        t.rowWith("count_low", 3000L).has("side", "Other");
        t.rowWith("count_low", 90L).has("side", "Other");
        t.rowWith("count_low", 800L).has("side", "Other");
        t.rowWith("count_low", 600L).has("side", "Other");
    }

    @Test
    void menInAListOfPersonnelNounsWhoPassedThroughSchoolsAreTheTrainees() {
        // invented sentence: the trainees' people is named before a colon, their ranks listed after the figure
        TableAsserts t = TableAsserts.of(Fixtures.build("soviet-aid-to-ruritania.txt", """
                = Soviet aid to Ruritania =

                == Training ==
                The Soviet Union also trained Ruritanian personnel: some 250 officers, pilots and mechanics passed through Soviet schools between 1962 and 1970.
                """).troops());
        t.rowWith("count_low", 250L).has("side", "Other");
    }

    @Test
    void menTrainedWhoseSentenceNamesNoTraineesAddToTheForceCountedBeforeNotToTheirTrainers() {
        // invented sentences: the army is counted, foreign officers organise it, and its officers and cadets are trained
        TableAsserts t = TableAsserts.of(Fixtures.build("frontier-army.txt", """
                = Fixture Frontier Army =

                In 1961 the council formed the Frontier Army under General Ostrov, which numbered about 4,000 men by 1962. Soviet officers organised it on a new plan. Some 200 officers passed through a school opened in Dolna in 1962, and 40 cadets were trained at military schools in Kiev.
                """).troops());
        t.rowWith("count_low", 4000L).has("side", "Other");
        t.rowWith("count_low", 200L).has("side", "Other");
        t.rowWith("count_low", 40L).has("side", "Other");
    }

    @Test
    void aTableOfMenTrainedCountsTraineesOfTheRecipientNotOfTheStateThatTrainsThem() {
        // invented table: Syldavian militia officers trained in the Soviet Union, by year, with a total row
        TableAsserts t = TableAsserts.of(Fixtures.build("soviet-aid-to-syldavia.txt", """
                = Soviet aid to Syldavia =

                Infobox
                - Donor: Soviet Union
                - Recipient: Syldavian People's Militia

                == Training ==

                  - Militia officers trained in the Soviet Union, 1960–1964**

                | Year | Trained | School |
                | 1960 | 74 | Kiev |
                | 1962 | 181 | Ryazan |
                | Total | 255 | |
                """).troops());
        t.rowWith("count_low", 74L).has("side", "Other").has("measure", "trained");
        t.rowWith("count_low", 181L).has("side", "Other").has("measure", "trained");
        t.rowWith("count_low", 255L).has("side", "Other").has("measure", "trained");
    }

    @Test
    void menWhoTrainedAtASchoolAbroadAreNotOfTheCityTheSentenceNamesBefore() {
        // invented sentences: the cadets trained at Odessa are the Syldavian recruits' force, not the capital's
        TableAsserts t = TableAsserts.of(Fixtures.build("soviet-aid-to-syldavia.txt", """
                = Soviet aid to Syldavia =

                Infobox
                - Donor: Soviet Union
                - Recipient: Syldavian People's Militia

                == Training ==
                Training began in 1961, when a first group of 30 Syldavian recruits was trained in the Soviet Union. Until 1970 most militia officers passed through the school at Kherson, near Odessa, on courses of a year. Staff officers went to the higher courses in Moscow, and about 70 pilots and aircraft technicians trained at Odessa and Riga for an air arm that never flew.
                """).troops());
        t.rowWith("count_low", 70L).has("side", "Other").has("measure", "trained");
    }
}
