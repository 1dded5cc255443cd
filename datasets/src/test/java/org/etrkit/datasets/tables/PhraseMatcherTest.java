package org.etrkit.datasets.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Phrases found word by word: possessives, plurals, the case of a first letter, and a matcher extended by aliases. */
class PhraseMatcherTest {

    private static List<String> found(PhraseMatcher<String> m, String text) {
        return m.find(text).stream().map(h -> h.start() + "-" + h.end() + ":" + h.text() + "=" + h.value()).toList();
    }

    /** A few forces and a people, with a name inside a longer one and a phrase in lower case. */
    private static Map<String, String> forcesAndGroups() {
        Map<String, String> phrases = new LinkedHashMap<>();
        phrases.put("Ili", "ETR");
        phrases.put("Ili National Army", "ETR");
        phrases.put("provincial army", "ROC");
        phrases.put("Kazakh", "Kazakh");
        phrases.put("Ürümqi garrison", "ROC");
        return phrases;
    }

    @Test
    void findsPossessivesPluralsAndLowerCasePhrasesWithACapital() {
        Map<String, String> phrases = forcesAndGroups();
        PhraseMatcher<String> m = new PhraseMatcher<>(phrases, true);
        assertEquals(List.of("0-3:Ili=ETR"), found(m, "Ili's army"));
        assertEquals(List.of("4-21:Ili National Army=ETR"), found(m, "the Ili National Army's men"));
        assertEquals(List.of("0-15:Provincial army=ROC", "20-27:Kazakhs=Kazakh"),
                found(m, "Provincial army and Kazakhs"));
        assertEquals(List.of(), found(m, "PROVINCIAL army, Kazakhstan"));
        assertEquals(List.of("4-19:Ürümqi garrison=ROC"), found(m, "The Ürümqi garrison’s commander"));
        assertEquals(List.of("0-3:Ili=ETR"), found(m, "Ili’s army"));
    }

    @Test
    void phrasesOfOneFirstWordAreTriedOnlyWhereTheWordAfterItMayBeTheirSecond() {
        Map<String, String> phrases = new LinkedHashMap<>();
        phrases.put("the young republic", "Y"); // many phrases of one first word, as an article's anaphors are
        phrases.put("the republic", "R");
        phrases.put("the country", "C");
        phrases.put("the state", "S");
        phrases.put("Ili army", "A");
        phrases.put("Ili", "I");
        PhraseMatcher<String> m = new PhraseMatcher<>(phrases, true);
        String text = "The republic's army and the states of the young republic; the country";
        List<String> want = List.of("0-12:The republic=R", "24-34:the states=S", "38-56:the young republic=Y",
                "58-69:the country=C");
        assertEquals(want, found(m, text));
        assertEquals(m.find(text), m.find(PhraseMatcher.Words.of(text)));
        // a second word with a possessive or plural takes its first letter in either case; as written, only its own;
        // a longer word, a word with other letters, a second blank and no word at all are no second word
        text = "the Republic's men, the Republic, the countryside, the stateless, the  republic, Ili armies, Ili army's, the";
        assertEquals(List.of("0-12:the Republic=R", "81-84:Ili=I", "93-101:Ili army=A"), found(m, text));
        assertEquals(m.find(text), m.find(PhraseMatcher.Words.of(text)));
    }

    @Test
    void withFirstFindsWhatAMatcherOfTheWholeMapFinds() throws IOException {
        Map<String, Gazetteer.Side> names = Rules.defaults().gazetteer().names();
        Map<String, Gazetteer.Side> aliases = new LinkedHashMap<>();
        Gazetteer.Side other = new Gazetteer.Side("Other", null, null);
        aliases.put("Amur Flotilla", new Gazetteer.Side("USSR", null, null));
        aliases.put("Soviet", other); // also a name: keeps its place here and the name's side
        aliases.put("Red Army Group", other); // longer than a name with the same first word
        aliases.put("Ili Group", other); // as long as a name with the same first word ("Ili army")
        aliases.put("Xinjiang", other);
        Map<String, Gazetteer.Side> all = new LinkedHashMap<>(aliases);
        all.putAll(names);
        PhraseMatcher<Gazetteer.Side> whole = new PhraseMatcher<>(all, false);
        PhraseMatcher<Gazetteer.Side> extended = new PhraseMatcher<>(names, false).withFirst(aliases);
        StringBuilder text = new StringBuilder("The Soviet Amur Flotilla, the Red Army Group and the Ili Group; "
                + "Ili army, Red Army, Xinjiang's governor.\n");
        try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
            for (Path f : files.sorted().toList()) {
                text.append(Files.readString(f));
            }
        }
        List<PhraseMatcher.Hit<Gazetteer.Side>> want = whole.find(text.toString());
        assertEquals(want, extended.find(text.toString()));
        assertTrue(want.size() > 100, "names found: " + want.size());
        assertEquals(all, Rules.defaults().gazetteer().with(aliases).names());
    }

    @Test
    void aMatcherExtendedTwiceFindsWhatAMatcherOfTheWholeMapFinds() {
        Map<String, String> base = forcesAndGroups();
        Map<String, String> once = new LinkedHashMap<>();
        once.put("Ili National Army Reserve Brigade", "A"); // longer than every phrase before it
        once.put("Kazakh", "A"); // also a phrase of the base: keeps the base's value
        once.put("Ürümqi", "A"); // a first word past ASCII that the base holds
        Map<String, String> twice = new LinkedHashMap<>();
        twice.put("Ili Group", "B");
        twice.put("Ürümqi garrison", "B");
        twice.put("Altai", "B"); // a first word neither holds
        Map<String, String> all = new LinkedHashMap<>(twice);
        Map<String, String> first = new LinkedHashMap<>(once);
        first.putAll(base);
        all.putAll(first);
        PhraseMatcher<String> whole = new PhraseMatcher<>(all, true);
        PhraseMatcher<String> extended = new PhraseMatcher<>(base, true).withFirst(once).withFirst(twice);
        for (String t : List.of("The Ili National Army Reserve Brigade and the Ili Group's Kazakhs at Ürümqi",
                "the Ürümqi garrison’s men, the Altai Kazakh's, provincial army", "Ili's Ili National Army", "")) {
            assertEquals(found(whole, t), found(extended, t), t);
            assertEquals(whole.find(t), extended.find(PhraseMatcher.Words.of(t)), t);
        }
    }

    @Test
    void wordsFoundOnceGiveWhatACharacterScanFinds() throws IOException {
        Map<String, String> phrases = forcesAndGroups();
        phrases.put("s army", "S"); // starts inside "Ili's", after the phrase "Ili" ends
        phrases.put("s-based Ili", "S");
        PhraseMatcher<String> small = new PhraseMatcher<>(phrases, true);
        PhraseMatcher<Gazetteer.Side> gazetteer = new PhraseMatcher<>(Rules.defaults().gazetteer().names(), false);
        List<String> texts = new java.util.ArrayList<>(List.of("Ili's army", "the Ili National Army's men",
                "Provincial army and Kazakhs", "PROVINCIAL army, Kazakhstan", "The Ürümqi garrison’s commander",
                "Ili’s army", "Ili's-based Ili's s army Ili's", "Ili's s-based Ili National Army", "x-Ili's army'",
                "Kazakhs' Kazakh's Ili'", "", "'s", "Ili"));
        try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
            for (Path f : files.sorted().toList()) {
                texts.add(Files.readString(f));
            }
        }
        for (String t : texts) {
            assertEquals(small.find(t), small.find(PhraseMatcher.Words.of(t)), t);
            assertEquals(gazetteer.find(t), gazetteer.find(PhraseMatcher.Words.of(t)), t);
        }
        assertEquals(List.of("0-3:Ili=ETR", "4-10:s army=S"), found(small, "Ili's army"));
    }

    @Test
    void aSiblingMatcherReadingAnEarlierPassFindsWhatItsOwnPassFinds() throws IOException {
        Gazetteer base = Rules.defaults().gazetteer();
        Gazetteer.Side other = new Gazetteer.Side("Other", null, null);
        Map<String, Gazetteer.Side> early = new LinkedHashMap<>();
        early.put("Amur Flotilla", new Gazetteer.Side("USSR", null, null));
        early.put("Soviet", other);
        Map<String, Gazetteer.Side> late = new LinkedHashMap<>(early);
        late.remove("Amur Flotilla"); // a name the earlier one knew and the later one does not
        late.put("Red Army Group", other); // longer than a name with the same first word
        late.put("Ili Group", other);
        late.put("Kazakh", other);
        late.put("Northern Lake Brigade", other);
        Gazetteer first = base.with(early, java.util.Set.of("Soviet"));
        Gazetteer then = base.with(late);
        List<String> texts = new java.util.ArrayList<>(List.of(
                "The Soviet Amur Flotilla met the Red Army Group near the Northern Lake Brigade's camp.",
                "Ili Group's men, the Ili army and Kazakhs of the Red Army crossed the Amur.", "", "Ili's"));
        try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
            for (Path f : files.sorted().toList()) {
                texts.add(Files.readString(f));
            }
        }
        for (String t : texts) {
            PhraseMatcher.Words words = PhraseMatcher.Words.of(t);
            PhraseMatcher.Pass<Gazetteer.Side> pass = first.pass(words);
            assertEquals(first.find(words), pass.hits(), t);
            assertEquals(then.find(words), then.find(words, pass), t);
            assertEquals(first.find(words), first.find(words, pass), t);
            assertEquals(base.find(words), base.find(words, first.pass(words)), t);
        }
    }
}
