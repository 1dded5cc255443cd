package org.etrkit.datasets.tables;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.parse.Element;

/**
 * "By dawn the regiment had lost about 100 men" where no force of the paragraph is named with "regiment": the force
 * noun names the unit of the infobox's {@code Units…} entries whose head is that noun ("Units1: 41st Lancer Regiment;
 * …"), when the units of one combatant only have that head; the side is that combatant's. The head of a unit is the
 * last word before " of " ("Volunteer Battalion of the Allied Nations" is a battalion).
 */
final class InfoboxUnitNouns {

    private InfoboxUnitNouns() {
    }

    private static final Pattern UNITS_KEY = Pattern.compile("(?i)units?\\s*(\\d+)");
    private static final Pattern PARTS = Pattern.compile("[;,]");

    /** The side of the one combatant whose infobox units have the head {@code noun}, or null. */
    static String sideOf(ArticleContext a, String noun) {
        Set<String> numbers = new HashSet<>();
        for (Element.InfoboxEntry e : a.article.infobox()) {
            Matcher m = UNITS_KEY.matcher(e.key().strip());
            if (!m.matches()) {
                continue;
            }
            for (String part : PARTS.split(e.value())) {
                String unit = part.strip();
                int of = unit.indexOf(" of ");
                String head = SideFinder.lastWord(of > 0 ? unit.substring(0, of) : unit);
                if (head.equals(noun.toLowerCase(Locale.ROOT)) && Chars.isUpperCase(unit.isEmpty() ? 'x' : unit.charAt(0))
                        || head.equals(noun.toLowerCase(Locale.ROOT)) && !unit.isEmpty() && Character.isDigit(unit.charAt(0))) {
                    numbers.add(m.group(1));
                }
            }
        }
        return numbers.size() == 1 ? a.combatants.get(numbers.iterator().next()) : null;
    }
}
