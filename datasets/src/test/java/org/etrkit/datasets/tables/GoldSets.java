package org.etrkit.datasets.tables;

import java.util.List;

/**
 * The sets {@link GoldScoresTest} scores apart: the test articles written with the reader, each held-out set written
 * blind by others (scored blind once, then opened as a development set), the own blind sets of two engineers, and the
 * held-out set on main for its one blind score. Each set's articles are listed by file name; an article listed in no
 * set and not named {@code heldout-*} was written with the reader.
 */
final class GoldSets {
    private GoldSets() {
    }

    /**
     * The first held-out set: three articles and their gold written blind by another engineer, scored blind
     * on 2026-11-26 and opened then to study the misses (gold/README.md gives their blind scores). They are
     * a development set now, scored apart so that their figures stay visible.
     */
    static final List<String> FIRST_HELD_OUT = List.of("sino-soviet-border-conflict-1969.txt",
            "soviet-volunteer-group.txt", "xinjiang-coalition-government.txt");

    /**
     * The second held-out set: three articles and their gold written blind by another engineer, scored blind
     * once on 2026-11-26 (troops found 81.1%, right side 54.7%; demographics right 3.8%; aid right 15.4%)
     * and opened on 2026-11-26 to study the misses (gold/README.md). A development set now, scored apart.
     */
    static final List<String> SECOND_HELD_OUT = List.of("tuvan-peoples-republic.txt",
            "mongolian-aid-to-the-soviet-union.txt", "basmachi-movement.txt");

    /**
     * The third held-out set: three articles and their gold written blind by another engineer, scored blind
     * once on 2026-11-26 at 4ad5017 (troops found 78.5%, right side 57.9%; demographics right 33.3%; aid right
     * 16.1%) and opened on 2026-11-26 (then {@code heldout-*}) to study the misses. A development set now.
     */
    static final List<String> THIRD_HELD_OUT = List.of("battle-of-chamdo.txt", "manchukuo.txt",
            "soviet-aid-to-china-1950s.txt");

    /**
     * The fourth held-out set: four articles and their gold written blind by another engineer (branch heldout4),
     * scored blind once on 2026-11-26 at 86e1f65 together with the fifth set (gold/README.md) and opened on
     * 2026-11-26 (then {@code heldout-*}) to study the misses. Two were renamed with "-2" because the troops2
     * engineer had written articles of the same titles. A development set now. The tuners' own articles had
     * covered its topics, so its blind score was not fully blind.
     */
    static final List<String> FOURTH_HELD_OUT = List.of("kumul-rebellion-2.txt", "xinjiang-war-1937-2.txt",
            "inner-mongolian-peoples-republic.txt", "xinjiang-under-sheng-shicai.txt");

    /**
     * The fifth held-out set: four articles and their gold written blind by another engineer (branch heldout5) on
     * topics away from every other article, scored blind once on 2026-11-26 at 86e1f65 and opened on 2026-11-26
     * (then {@code heldout-*}) to study the misses. A development set now.
     */
    static final List<String> FIFTH_HELD_OUT = List.of("central-asian-revolt-of-1916.txt",
            "chinese-peoples-volunteers.txt", "port-arthur-naval-base.txt", "sino-indian-war.txt");

    /**
     * The sixth held-out set: six articles and their gold written blind by three engineers (branches heldout6a,
     * heldout6b, heldout6c) on topics given to no one tuning the readers, scored blind once on 2026-11-26 at
     * 6ed830b and opened the same day (then {@code heldout-*}) to study the misses. A development set now.
     */
    static final List<String> SIXTH_HELD_OUT = List.of("liaoshen-campaign.txt", "deportation-of-koreans-1937.txt",
            "soviet-aid-to-the-kuomintang-1923-1927.txt", "sino-german-cooperation.txt", "kazakh-famine-1930-1933.txt",
            "qinghai-under-ma-bufang.txt");

    /**
     * The seventh held-out set: four articles and their gold written blind by two engineers (branches heldout7a,
     * heldout7b) on topics given to no one tuning the readers, scored blind once on 2026-11-26 at 1e3ad5c and
     * opened the next session (then {@code heldout-*}) to study the misses. A development set now.
     */
    static final List<String> SEVENTH_HELD_OUT = List.of("battle-of-taierzhuang.txt", "shanxi-under-yan-xishan.txt",
            "lend-lease-to-china.txt", "russian-community-of-harbin.txt");

    /**
     * The eighth held-out set: six articles and their gold written blind by three engineers (branches heldout8a,
     * heldout8b, heldout8c) on topics given to no one tuning the readers, scored blind once on 2026-11-26 at
     * 3345309 and opened right after (then {@code heldout-*}) for one short round of general fixes.
     */
    static final List<String> EIGHTH_HELD_OUT = List.of("american-volunteer-group.txt", "huaihai-campaign.txt",
            "koreans-in-yanbian.txt", "mongolian-revolution-of-1921.txt", "ningxia-under-ma-hongkui.txt",
            "xinjiang-under-yang-zengxin.txt");

    /**
     * The ninth held-out set: four articles and their gold written blind by two engineers (branches heldout9a,
     * heldout9b) on topics given to no one tuning the readers, scored blind once on 2026-11-26 at f491731 and
     * opened the next session (then {@code heldout-*}) to study its misses. A development set now.
     */
    static final List<String> NINTH_HELD_OUT = List.of("battle-of-shanghai-1937.txt", "battle-of-wuhan.txt",
            "chinese-and-soviet-aid-to-north-vietnam.txt", "uyghurs-in-soviet-central-asia.txt");

    /**
     * The tenth held-out set: six articles and their gold written blind by three engineers (branches heldout10a,
     * heldout10b, heldout10c) on topics given to no one tuning the readers, half of them outside the region the
     * readers were tuned on, scored blind once on 2026-11-26 at e4577af and opened right after (then
     * {@code heldout-*}) for a round of general fixes.
     */
    static final List<String> TENTH_HELD_OUT = List.of("battle-of-kunlun-pass.txt", "deportation-of-volga-germans.txt",
            "dungan-people.txt", "long-march.txt", "soviet-aid-to-the-spanish-republic.txt", "winter-war.txt");

    /**
     * The eleventh held-out set: four articles and their gold written blind by two engineers (branches heldout11a,
     * heldout11b) on topics given to no one tuning the readers, scored blind once on 2026-11-26 at ca1125e and
     * opened the next session (then {@code heldout-*}) for a round of general fixes.
     */
    static final List<String> ELEVENTH_HELD_OUT = List.of("hundred-regiments-offensive.txt",
            "soviet-aid-to-kemalist-turkey.txt", "chinese-in-the-russian-far-east.txt", "1959-tibetan-uprising.txt");

    /**
     * The twelfth held-out set: six articles and their gold written blind by three engineers (branches heldout12a,
     * heldout12b, heldout12c) on topics given to no one tuning the readers, half of them outside the region the readers
     * were tuned on, scored blind once on 2026-11-26 at 9377f8d and opened right after (then {@code heldout-*}) for a
     * round of general fixes.
     */
    static final List<String> TWELFTH_HELD_OUT = List.of("battle-of-changsha-1939.txt", "jewish-autonomous-oblast.txt",
            "persian-corridor.txt", "sibe-people.txt", "anders-army.txt", "soviet-aid-to-north-korea-1945-1950.txt");

    /**
     * The thirteenth held-out set: four articles and their gold written blind by two engineers (branches heldout13a,
     * heldout13b) on topics given to no one tuning the readers, scored blind once on 2026-11-26 at b38fdb4 and opened
     * (then {@code heldout-*}) in the next session for a round of general fixes.
     */
    static final List<String> THIRTEENTH_HELD_OUT = List.of("sino-vietnamese-war-1979.txt", "koreans-in-sakhalin.txt",
            "greek-civil-war.txt", "russians-in-xinjiang.txt");

    /**
     * The fourteenth held-out set: eight articles and their gold written blind by four engineers (branches heldout14a
     * to heldout14d) on topics given to no one tuning the readers, most of them outside the region the readers were
     * tuned on, scored blind once on 2026-11-27 at 0af2bf1 and opened right after (then {@code heldout-*}) for a round
     * of general fixes.
     */
    static final List<String> FOURTEENTH_HELD_OUT = List.of("ogaden-war-1977-1978.txt", "kazakhs-of-bayan-olgii.txt",
            "soviet-afghan-war.txt", "chinese-aid-to-albania.txt", "invasion-of-the-kuril-islands.txt",
            "polish-population-transfers-1944-1946.txt", "battle-of-dien-bien-phu.txt", "tibetans-in-india.txt");

    /**
     * The fifteenth held-out set: eight articles and their gold written blind by four engineers (branches heldout15a
     * to heldout15d) on topics given to no one tuning the readers, scored blind once on 2026-11-27 at 5e9aeba and held
     * out until the next session, then opened (then {@code heldout-*}) for a round of general fixes.
     */
    static final List<String> FIFTEENTH_HELD_OUT = List.of("iran-crisis-of-1946.txt",
            "deportation-of-the-crimean-tatars.txt", "battle-of-guningtou.txt", "tazara-railway.txt",
            "soviet-aid-to-egypt-1955-1972.txt", "meskhetian-turks.txt", "battle-of-chosin-reservoir.txt",
            "buryats-in-mongolia.txt");

    /**
     * The sixteenth held-out set: eight articles and their gold written blind by four engineers (branches heldout16a
     * to heldout16d) on topics given to no one tuning the readers, scored blind once on 2026-11-27 at 5b26088d (the
     * readers of 728e253e; its troops met both targets blind) and held out until the next session, then opened (then
     * {@code heldout-*}) for a round of general fixes.
     */
    static final List<String> SIXTEENTH_HELD_OUT = List.of("soviet-aid-to-cuba-1960-1991.txt",
            "chechen-and-ingush-deportation-1944.txt", "malayan-emergency.txt", "chinese-in-malaysia.txt",
            "soviet-aid-to-india-1955-1991.txt", "volga-tatars.txt", "cuban-intervention-in-angola.txt",
            "battle-of-inchon.txt");

    /**
     * The seventeenth held-out set: eight articles and their gold written blind by four engineers (branches heldout17a
     * to heldout17d) on topics given to no one tuning the readers, kept off main while the readers were tuned, scored
     * blind once on 2026-11-27 at 93fb286 (its troops found 95.9% blind, right side 81.3%) and held out until the next
     * session, then opened (then {@code heldout-*}) for a round of general fixes.
     */
    static final List<String> SEVENTEENTH_HELD_OUT = List.of("hungarian-revolution-of-1956.txt",
            "koreans-in-uzbekistan.txt", "berlin-airlift.txt", "battle-of-imphal.txt",
            "soviet-aid-to-mongolia-1921-1990.txt", "germans-in-kazakhstan.txt",
            "warsaw-pact-invasion-of-czechoslovakia.txt", "truman-doctrine-aid-to-greece-and-turkey.txt");

    /**
     * The eighteenth held-out set: eight articles and their gold written blind by four engineers (branches heldout18a
     * to heldout18d) on topics given to no one tuning the readers, kept off main while the readers were tuned, scored
     * blind once on 2026-11-27 at 31d30af4 (the readers of 310a127a; its troops met both targets blind: found 201,
     * right side 188 of 214) and held out until the next session, then opened (then {@code heldout-*}) for a round of
     * general fixes.
     */
    static final List<String> EIGHTEENTH_HELD_OUT = List.of("soviet-invasion-of-poland-1939.txt",
            "uzbeks-in-tajikistan.txt", "battle-of-hue-1968.txt", "us-aid-to-south-vietnam-1955-1961.txt",
            "russians-in-estonia.txt", "soviet-aid-to-syria-1956-1991.txt", "cuban-revolution-1953-1959.txt",
            "ethiopian-famine-relief-1984-1985.txt");

    /**
     * The nineteenth held-out set: eight articles and their gold written blind by four engineers (branches heldout19a
     * to heldout19d) on topics given to no one tuning the readers, kept off main while the readers were tuned, scored
     * blind once on 2026-11-27 at 3f138047 (the readers of 561c655f; its troops met both targets blind: found 167,
     * right side 154 of 177) and held out until the next session, then opened (then {@code heldout-*}) for a round of
     * general fixes.
     */
    static final List<String> NINETEENTH_HELD_OUT = List.of("battle-of-khe-sanh-1968.txt",
            "ukrainians-in-kazakhstan.txt", "soviet-aid-to-vietnam-1975-1991.txt", "armenians-in-georgia.txt",
            "battle-of-ia-drang-1965.txt", "soviet-aid-to-indonesia-1956-1965.txt", "poles-in-lithuania.txt",
            "us-aid-to-taiwan-1951-1965.txt");

    /**
     * The twentieth held-out set: eight articles and their gold written blind by four engineers (branches heldout20a
     * to heldout20d) on topics given to no one tuning the readers, kept off main while the readers were tuned, scored
     * blind once on 2026-11-27 at 6a12f1c7 (the readers of 4d144c31; its troops missed the side target blind: found
     * 152, right side 126 of 156) and held out until the next session, then opened (then {@code heldout-*}) for a
     * round of general fixes.
     */
    static final List<String> TWENTIETH_HELD_OUT = List.of("battle-of-the-imjin-river-1951.txt",
            "kyrgyz-in-xinjiang.txt", "soviet-aid-to-ethiopia-1977-1991.txt", "germans-in-kyrgyzstan.txt",
            "us-aid-to-south-korea-1953-1961.txt", "battle-of-hamburger-hill-1969.txt",
            "chinese-aid-to-north-korea-1953-1960.txt", "russians-in-kyrgyzstan.txt");

    /**
     * The twenty-first held-out set: eight articles and their gold written blind by four engineers (branches
     * heldout21a to heldout21d) on topics given to no one tuning the readers, kept off main while the readers were
     * tuned, scored blind once on 2026-11-27 at 972ba3b2 (the readers of b954f8a9 and branch demog25; its troops and
     * aid met their targets blind) and held out until the next session, then opened (then {@code heldout-*}) for a
     * round of general fixes.
     */
    static final List<String> TWENTY_FIRST_HELD_OUT = List.of("battle-of-kapyong-1951.txt",
            "uyghurs-in-kazakhstan.txt", "soviet-aid-to-angola-1975-1991.txt", "battle-of-pork-chop-hill-1953.txt",
            "koreans-in-kazakhstan.txt", "us-aid-to-the-philippines-1946-1956.txt",
            "battle-of-triangle-hill-1952.txt", "chinese-aid-to-cambodia-1956-1970.txt");

    /**
     * The twenty-second held-out set: eight articles and their gold written blind by four engineers (branches
     * heldout22a to heldout22d) on topics given to no one tuning the readers, kept off main while the readers were
     * tuned, scored blind once on 2026-11-27 at b80bb772 (the readers of 599857e8; its troops found met blind, the
     * troops side, demographics and aid missed) and held out until the next session, then opened (then
     * {@code heldout-*}) for a round of general fixes.
     */
    static final List<String> TWENTY_SECOND_HELD_OUT = List.of("battle-of-the-hook-1953.txt",
            "poles-in-kazakhstan.txt", "soviet-aid-to-afghanistan-1955-1978.txt", "battle-of-heartbreak-ridge-1951.txt",
            "russians-in-latvia.txt", "soviet-aid-to-iraq-1958-1990.txt", "battle-of-old-baldy-1952.txt",
            "uzbeks-in-kyrgyzstan.txt");

    /**
     * The twenty-third held-out set: eight articles and their gold written blind by four engineers (branches
     * heldout23a to heldout23d) on topics given to no one tuning the readers, kept off main while the readers were
     * tuned, scored blind once on 2026-11-27 at aa74ab37 (the readers of c423556e; its troops met both targets blind,
     * demographics and aid missed) and held out until the next session, then opened (then {@code heldout-*}) for a
     * round of general fixes.
     */
    static final List<String> TWENTY_THIRD_HELD_OUT = List.of("battle-of-bloody-ridge-1951.txt",
            "tatars-in-uzbekistan.txt", "soviet-aid-to-somalia-1969-1977.txt", "battle-of-outpost-harry-1953.txt",
            "belarusians-in-kazakhstan.txt", "chinese-aid-to-guinea-1959-1975.txt",
            "battle-of-the-chongchon-river-1950.txt", "soviet-aid-to-ghana-1960-1966.txt");

    /**
     * The twenty-fourth held-out set: eight articles and their gold written blind by four engineers (branches
     * heldout24a to heldout24d) on topics given to no one tuning the readers, kept off main while the readers were
     * tuned, scored blind once on 2026-11-28 at 21b3e8c2 (the readers of e12f6bcc; its troops found met blind, the
     * troops side, demographics and aid missed) and held out until the next session, then opened (then
     * {@code heldout-*}) for a round of general fixes.
     */
    static final List<String> TWENTY_FOURTH_HELD_OUT = List.of("battle-of-white-horse-hill-1952.txt",
            "azerbaijanis-in-georgia.txt", "soviet-aid-to-mali-1960-1968.txt", "greeks-in-kazakhstan.txt",
            "battle-of-unsan-1950.txt", "soviet-aid-to-algeria-1962-1980.txt", "uzbeks-in-kazakhstan.txt",
            "soviet-aid-to-south-yemen-1968-1990.txt");

    /**
     * The twenty-fifth held-out set: eight articles and their gold written blind by four engineers (branches
     * heldout25a to heldout25d) on topics given to no one tuning the readers, kept off main while the readers were
     * tuned, scored blind once on 2026-11-28 at befb9545 (the readers of 0e05553d; its troops met both targets blind,
     * demographics and aid missed) and held out until the next session, then opened (then {@code heldout-*}) for a
     * round of general fixes.
     */
    static final List<String> TWENTY_FIFTH_HELD_OUT = List.of("battle-of-the-punchbowl-1951.txt",
            "kazakhs-in-uzbekistan.txt", "soviet-aid-to-guinea-1959-1975.txt", "tajiks-in-uzbekistan.txt",
            "battle-of-outpost-vegas-1953.txt", "soviet-aid-to-nicaragua-1979-1990.txt", "tatars-in-kazakhstan.txt",
            "soviet-aid-to-mozambique-1975-1990.txt");

    /**
     * The twenty-sixth held-out set: six articles and their gold written blind by three engineers (branches
     * heldout26b to heldout26d) on topics given to no one tuning the readers, kept off main while the readers were
     * tuned, scored blind once on 2026-11-28 at e816b54a and 6280b48d (the readers of 8d61008f; its troops found and
     * aid met their targets blind, the troops side and demographics missed) and held out until the next session,
     * then opened (then {@code heldout-*}) for a round of general fixes.
     */
    static final List<String> TWENTY_SIXTH_HELD_OUT = List.of("soviet-aid-to-laos-1975-1991.txt",
            "uyghurs-in-kyrgyzstan.txt", "battle-of-yijiangshan-islands-1955.txt", "soviet-aid-to-libya-1970-1991.txt",
            "russians-in-uzbekistan.txt", "soviet-aid-to-north-yemen-1956-1970.txt");

    /**
     * The twenty-seventh held-out set: eight articles and their gold written blind by four engineers (branches
     * heldout26a, heldout27a, heldout27b and heldout27c) on topics given to no one tuning the readers, kept off main
     * while the readers were tuned, scored blind once on 2026-11-28 at fdc8f99c (the readers of 08f15462; its troops
     * found and demographics met their targets blind, the troops side and aid missed) and held out until the next
     * session, then opened (then {@code heldout-*}) for a round of general fixes.
     */
    static final List<String> TWENTY_SEVENTH_HELD_OUT = List.of("battle-of-the-kumsong-salient-1953.txt",
            "russians-in-kazakhstan.txt", "battle-of-dengbu-island-1949.txt", "koreans-in-kyrgyzstan.txt",
            "soviet-aid-to-burma-1955-1962.txt", "ukrainians-in-kyrgyzstan.txt", "battle-of-wonju-1951.txt",
            "soviet-aid-to-bangladesh-1972-1975.txt");

    /**
     * The twenty-eighth held-out set: eight articles and their gold written blind by four engineers (branches
     * heldout28a to heldout28d) on topics given to no one tuning the readers, kept off main while the readers were
     * tuned, scored blind once on 2026-11-28 at 9003da7f (the readers of 863238e6; it met none of the 85% targets
     * blind and missed troops found too) and held out until the next session, then opened (then {@code heldout-*})
     * for a round of general fixes.
     */
    static final List<String> TWENTY_EIGHTH_HELD_OUT = List.of("battle-of-hill-eerie-1952.txt",
            "tatars-in-kyrgyzstan.txt", "soviet-aid-to-cambodia-1979-1991.txt", "battle-of-nanri-island-1952.txt",
            "ukrainians-in-uzbekistan.txt", "soviet-aid-to-congo-brazzaville-1964-1991.txt",
            "soviet-aid-to-sudan-1968-1972.txt", "battle-of-hill-355-1951.txt");

    /**
     * The twenty-ninth held-out set: eight articles and their gold written blind by four engineers (branches
     * heldout29a to heldout29d) on topics given to no one tuning the readers, kept off main while the readers were
     * tuned, scored blind once on 2026-11-28 at 36032d37 (the readers of 1f5aa41a; it met the troops found and
     * demographics targets blind, missed the troops side and aid) and held out until the next session, then opened
     * (then {@code heldout-*}) for a round of general fixes.
     */
    static final List<String> TWENTY_NINTH_HELD_OUT = List.of("battle-of-chipyong-ni-1951.txt",
            "germans-in-uzbekistan.txt", "soviet-aid-to-madagascar-1975-1991.txt", "battle-of-xuzhou-1938.txt",
            "chechens-in-kazakhstan.txt", "soviet-aid-to-benin-1974-1990.txt",
            "far-eastern-republic-1920-1922.txt", "soviet-aid-to-guinea-bissau-1973-1991.txt");

    /**
     * The thirtieth held-out set: eight articles and their gold written blind by four engineers (branches
     * heldout30a to heldout30d) on topics given to no one tuning the readers, kept off main while the readers were
     * tuned, scored blind once on 2026-11-28 at 59b0f8b7 (the readers of 98427e85; it met the troops found target
     * blind, missed the troops side, demographics and aid) and held out until the next session, then opened (then
     * {@code heldout-*}) for a round of general fixes.
     */
    static final List<String> THIRTIETH_HELD_OUT = List.of("battle-of-pingxingguan-1937.txt",
            "lithuanians-in-siberia.txt", "battle-of-hengyang-1944.txt", "soviet-aid-to-tanzania-1964-1991.txt",
            "kalmyks-in-siberia-1943-1957.txt", "soviet-aid-to-cape-verde-1975-1991.txt",
            "azerbaijan-peoples-government-1945-1946.txt", "soviet-aid-to-peru-1968-1980.txt");

    /**
     * The thirty-first held-out set: six articles and their gold written blind by three engineers (branches
     * heldout31a to heldout31c) on topics given to no one tuning the readers, kept off main while the readers were
     * tuned, scored blind once on 2026-11-28 at efb898ba (the readers of 63083646; it met the troops found target
     * blind, missed the troops side, demographics and aid) and held out until the next session, then opened (then
     * {@code heldout-*}) for a round of general fixes.
     */
    static final List<String> THIRTY_FIRST_HELD_OUT = List.of("battle-of-suixian-zaoyang-1939.txt",
            "estonians-in-siberia.txt", "battle-of-tianjin-1949.txt", "soviet-aid-to-zambia-1964-1991.txt",
            "karachays-in-kazakhstan-1943-1957.txt", "soviet-aid-to-sri-lanka-1957-1991.txt");

    /**
     * The thirty-second held-out set: eight articles and their gold written blind by four engineers (branches
     * heldout32a, heldout32c, heldout32d and heldout31d) on topics given to no one tuning the readers, kept off main
     * while the readers were tuned, scored blind once on 2026-11-29 at 288a3d5d (the readers of 598ba5ab; it met no
     * target of troops, demographics or aid) and held out until the next session, then opened (then
     * {@code heldout-*}) for a round of general fixes.
     */
    static final List<String> THIRTY_SECOND_HELD_OUT = List.of("battle-of-changde-1943.txt",
            "kurds-in-kazakhstan.txt", "ingrian-finns-in-kazakhstan.txt", "soviet-aid-to-zapu-1964-1980.txt",
            "battle-of-siping-1946.txt", "balkars-in-kyrgyzstan-1944-1957.txt", "republic-of-mahabad-1946.txt",
            "soviet-aid-to-nigeria-1967-1970.txt");

    /**
     * Articles written by the engineer of branch troops2, with troops gold by hand, before any builder run on
     * them: kumul-rebellion and suiyuan-campaign, scored once blind with the reader of 4c8a059 (troops found 69 of
     * 76, 90.8%; right side 43, 56.6%), and xinjiang-war-1937, written after the reader was improved and scored
     * once blind at ea40899 (19 of 19 found, 18 right); a development set since. Their gold has troops, roster,
     * demographics and aid, but no mentions ({@link #MENTIONS_NOT_WRITTEN}).
     */
    static final List<String> OWN_BLIND_TROOPS2 = List.of("kumul-rebellion.txt", "suiyuan-campaign.txt",
            "xinjiang-war-1937.txt");

    /** Articles whose {@code mentions.csv} has only its header because it was not written: mentions not scored. */
    static final List<String> MENTIONS_NOT_WRITTEN = OWN_BLIND_TROOPS2;

    /**
     * Two articles and their gold written by hand by the engineer improving the aid reader (branch aid2), before
     * the builder was run on them, and scored once with the reader as it stood (2026-11-26, on 4c8a059: aid found
     * 27, right 16 of 51, i.e. 52.9% / 31.4%; troops 8 / 7 of 10). A guard against tuning on sentences: a
     * development set since that one score.
     */
    static final List<String> OWN_BLIND_AID = List.of("soviet-aid-to-xinjiang-under-sheng-shicai.txt",
            "soviet-aid-to-the-east-turkestan-republic.txt");

    /** The articles of a set: written with this reader, a held-out set read since, or held out. */
    enum Set {
        /** The test articles written, with their gold, while the reader was built. */
        WRITTEN_WITH_THE_READER("written with the reader", List.of()),
        /** The first held-out set, written by someone else, scored blind, then read to improve the reader. */
        FIRST_HELD_OUT_NOW_READ("first held-out (now read)", FIRST_HELD_OUT),
        /** The second held-out set, written by someone else, scored blind, then read to improve the reader. */
        SECOND_HELD_OUT_NOW_READ("second held-out (now read)", SECOND_HELD_OUT),
        /** The third held-out set, written by someone else, scored blind once, then read to improve the reader. */
        THIRD_HELD_OUT_NOW_READ("third held-out (now read)", THIRD_HELD_OUT),
        /** The fourth held-out set, written by someone else, scored blind once, then read to improve the reader. */
        FOURTH_HELD_OUT_NOW_READ("fourth held-out (now read)", FOURTH_HELD_OUT),
        /** The fifth held-out set, written by someone else, scored blind once, then read to improve the reader. */
        FIFTH_HELD_OUT_NOW_READ("fifth held-out (now read)", FIFTH_HELD_OUT),
        /** The sixth held-out set, written by others, scored blind once, then opened to study its misses. */
        SIXTH_HELD_OUT_NOW_READ("sixth held-out (now read)", SIXTH_HELD_OUT),
        /** The seventh held-out set, written by others, scored blind once, then opened to study its misses. */
        SEVENTH_HELD_OUT_NOW_READ("seventh held-out (now read)", SEVENTH_HELD_OUT),
        /** The eighth held-out set, written by others, scored blind once, then opened to study its misses. */
        EIGHTH_HELD_OUT_NOW_READ("eighth held-out (now read)", EIGHTH_HELD_OUT),
        /** The ninth held-out set, written by others, scored blind once, then opened to study its misses. */
        NINTH_HELD_OUT_NOW_READ("ninth held-out (now read)", NINTH_HELD_OUT),
        /** The tenth held-out set, written by others, scored blind once, then opened to study its misses. */
        TENTH_HELD_OUT_NOW_READ("tenth held-out (now read)", TENTH_HELD_OUT),
        /** The eleventh held-out set, written by others, scored blind once, then opened to study its misses. */
        ELEVENTH_HELD_OUT_NOW_READ("eleventh held-out (now read)", ELEVENTH_HELD_OUT),
        /** The twelfth held-out set, written by others, scored blind once, then opened to study its misses. */
        TWELFTH_HELD_OUT_NOW_READ("twelfth held-out (now read)", TWELFTH_HELD_OUT),
        /** The thirteenth held-out set, written by others, scored blind once, then opened to study its misses. */
        THIRTEENTH_HELD_OUT_NOW_READ("thirteenth held-out (now read)", THIRTEENTH_HELD_OUT),
        /** The fourteenth held-out set, written by others, scored blind once, then opened to study its misses. */
        FOURTEENTH_HELD_OUT_NOW_READ("fourteenth held-out (now read)", FOURTEENTH_HELD_OUT),
        /** The fifteenth held-out set, written by others, scored blind once, then opened to study its misses. */
        FIFTEENTH_HELD_OUT_NOW_READ("fifteenth held-out (now read)", FIFTEENTH_HELD_OUT),
        /** The sixteenth held-out set, written by others, scored blind once, then opened to study its misses. */
        SIXTEENTH_HELD_OUT_NOW_READ("sixteenth held-out (now read)", SIXTEENTH_HELD_OUT),
        /** The seventeenth held-out set, written by others, scored blind once, then opened to study its misses. */
        SEVENTEENTH_HELD_OUT_NOW_READ("seventeenth held-out (now read)", SEVENTEENTH_HELD_OUT),
        /** The eighteenth held-out set, written by others, scored blind once, then opened to study its misses. */
        EIGHTEENTH_HELD_OUT_NOW_READ("eighteenth held-out (now read)", EIGHTEENTH_HELD_OUT),
        /** The nineteenth held-out set, written by others, scored blind once, then opened to study its misses. */
        NINETEENTH_HELD_OUT_NOW_READ("nineteenth held-out (now read)", NINETEENTH_HELD_OUT),
        /** The twentieth held-out set, written by others, scored blind once, then opened to study its misses. */
        TWENTIETH_HELD_OUT_NOW_READ("twentieth held-out (now read)", TWENTIETH_HELD_OUT),
        /** The twenty-first held-out set, written by others, scored blind once, then opened to study its misses. */
        TWENTY_FIRST_HELD_OUT_NOW_READ("twenty-first held-out (now read)", TWENTY_FIRST_HELD_OUT),
        /** The twenty-second held-out set, written by others, scored blind once, then opened to study its misses. */
        TWENTY_SECOND_HELD_OUT_NOW_READ("twenty-second held-out (now read)", TWENTY_SECOND_HELD_OUT),
        /** The twenty-third held-out set, written by others, scored blind once, then opened to study its misses. */
        TWENTY_THIRD_HELD_OUT_NOW_READ("twenty-third held-out (now read)", TWENTY_THIRD_HELD_OUT),
        /** The twenty-fourth held-out set, written by others, scored blind once, then opened to study its misses. */
        TWENTY_FOURTH_HELD_OUT_NOW_READ("twenty-fourth held-out (now read)", TWENTY_FOURTH_HELD_OUT),
        /** The twenty-fifth held-out set, written by others, scored blind once, then opened to study its misses. */
        TWENTY_FIFTH_HELD_OUT_NOW_READ("twenty-fifth held-out (now read)", TWENTY_FIFTH_HELD_OUT),
        /** The twenty-sixth held-out set, written by others, scored blind once, then opened to study its misses. */
        TWENTY_SIXTH_HELD_OUT_NOW_READ("twenty-sixth held-out (now read)", TWENTY_SIXTH_HELD_OUT),
        /** The twenty-seventh held-out set, written by others, scored blind once, then opened to study its misses. */
        TWENTY_SEVENTH_HELD_OUT_NOW_READ("twenty-seventh held-out (now read)", TWENTY_SEVENTH_HELD_OUT),
        /** The twenty-eighth held-out set, written by others, scored blind once, then opened to study its misses. */
        TWENTY_EIGHTH_HELD_OUT_NOW_READ("twenty-eighth held-out (now read)", TWENTY_EIGHTH_HELD_OUT),
        /** The twenty-ninth held-out set, written by others, scored blind once, then opened to study its misses. */
        TWENTY_NINTH_HELD_OUT_NOW_READ("twenty-ninth held-out (now read)", TWENTY_NINTH_HELD_OUT),
        /** The thirtieth held-out set, written by others, scored blind once, then opened to study its misses. */
        THIRTIETH_HELD_OUT_NOW_READ("thirtieth held-out (now read)", THIRTIETH_HELD_OUT),
        /** The thirty-first held-out set, written by others, scored blind once, then opened to study its misses. */
        THIRTY_FIRST_HELD_OUT_NOW_READ("thirty-first held-out (now read)", THIRTY_FIRST_HELD_OUT),
        /** The thirty-second held-out set, written by others, scored blind once, then opened to study its misses. */
        THIRTY_SECOND_HELD_OUT_NOW_READ("thirty-second held-out (now read)", THIRTY_SECOND_HELD_OUT),
        /** Two articles written (troops gold only) on branch troops2, scored blind once, then read. */
        OWN_BLIND_TROOPS2_NOW_READ("own blind troops2 (now read)", OWN_BLIND_TROOPS2),
        /** Written by the aid engineer before running the builder on them, scored once, then tuned on. */
        OWN_BLIND_AID_NOW_READ("own blind of aid2 (now read)", OWN_BLIND_AID),
        /**
         * Articles and gold written by someone else ({@code heldout-*.txt}), not read while the reader was tuned,
         * to be scored blind once and not tuned on until they are opened as a development set. None is on main
         * while the readers are tuned: each set is merged only for its one blind score, then opened as a
         * development set the next time the readers are tuned. The thirty-third held-out set, eight articles by four
         * engineers (branches heldout33a to heldout33d), was scored blind once on 2026-11-29 at 6ad042de with the
         * readers of aff88e4e, after the twenty-fifth session's round on the opened thirty-second set, and merged only
         * then.
         */
        HELD_OUT("held-out (scored once)", List.of());

        /** "ALL " and this, in the printed totals. */
        private final String label;
        /** The set's articles; none for the sets known by what they are not (written with the reader, held out). */
        private final List<String> articles;

        Set(String label, List<String> articles) {
            this.label = label;
            this.articles = articles;
        }

        /** The set an article belongs to: held out by its name, else the set listing it, else written with the reader. */
        static Set of(String article) {
            if (article.startsWith("heldout-")) {
                return HELD_OUT;
            }
            for (Set set : values()) {
                if (set.articles.contains(article)) {
                    return set;
                }
            }
            return WRITTEN_WITH_THE_READER;
        }

        boolean has(String article) {
            return of(article) == this;
        }

        String label() {
            return "ALL " + label;
        }
    }
}
