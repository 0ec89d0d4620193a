package org.haven.linkage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NameComparisonTest {

    private static double similarity(String one, String other) {
        return NameComparison.similarity(word(one), word(other));
    }

    /** The word a record holds for a one-word given name, or, for several words, the words run together. */
    private static Word word(String name) {
        var words = Profile.of(PersonRecord.named("r", name, null, BirthDate.UNKNOWN), Nicknames.standard()).given;
        return words[words.length - 1];
    }

    @ParameterizedTest(name = "{0} and {1} are one name")
    @CsvSource({"Jakub, Jacob", "عمر, Umar", "Kuba, Jacob", "Kuba, Jakub", "Sasha, Aleksandr",
            "Alkhalil, Khalil", "Elalaoui, Alaoui", "جعفری, Jaafari", "Elena, Yelena", "Liza, Elizaveta"})
    void shortNamesSpeltAnotherWayOrGoneByAsADiminutiveStillMeet(String one, String other) {
        assertThat(similarity(one, other)).isGreaterThanOrEqualTo(NameComparison.VARIANT);
    }

    @ParameterizedTest(name = "{0} may stand for {1}")
    @CsvSource({"Slava, Vyacheslav", "Slava, Yaroslav", "Slava, Wjatscheslaw", "Dima, Vadim", "Dima, Dmitriy",
            "Nikusya, Veronika", "Nikusya, Nika"})
    void aDiminutiveMeetsEveryNameItMayStandFor(String diminutive, String name) {
        assertThat(similarity(diminutive, name)).isGreaterThanOrEqualTo(NameComparison.VARIANT);
    }

    @ParameterizedTest(name = "{0} and {1} are different names")
    @CsvSource({"Elena, Julian", "Omar, Amir", "Anna, Nina", "Ali, Lia", "Khalid, Ali"})
    void shortNamesThatOnlyShareTheirConsonantsDoNotMeet(String one, String other) {
        assertThat(similarity(one, other)).isLessThan(NameComparison.SIMILAR);
    }

    @ParameterizedTest(name = "{0} and {1} are different names")
    @CsvSource({"Lan, Lien", "Han, Hien", "Igor, Yegor", "Maria, Mira"})
    void shortNamesWhoseVowelsDifferDoNotMeet(String one, String other) {
        assertThat(similarity(one, other)).isLessThan(NameComparison.SIMILAR);
    }

    @ParameterizedTest(name = "{0} may be {1} with two letters swapped")
    @CsvSource({"Dae, Dea", "Ayl, Aly", "Ina, Ian", "Mia, Mai"})
    void twoLettersSideBySideSwappedAreSimilarNotOneNameNorTwo(String one, String other) {
        assertThat(similarity(one, other)).isGreaterThanOrEqualTo(NameComparison.SIMILAR)
                .isLessThan(NameComparison.VARIANT);
    }

    @ParameterizedTest(name = "{0} is not {1} with two letters swapped")
    @CsvSource({"Dea, Ade", "Ali, Lia", "Dea, Dae Dea"})
    void lettersSwappedFartherApartOrAWordLongerAreNotASwap(String one, String other) {
        assertThat(NameComparison.neighboursSwapped(word(one).latin(), word(other).latin())).isFalse();
    }

    @ParameterizedTest(name = "{0} is not {1} with a letter put in front")
    @CsvSource({"Samir, Amir", "Karina, Arina", "Roksana, Oksana", "Thanh, Hanh", "سامر, عمر", "Kamal, Amal"})
    void aNameWithAConsonantPutInFrontIsAnotherName(String one, String other) {
        assertThat(similarity(one, other)).isLessThan(NameComparison.SIMILAR);
    }

    @ParameterizedTest(name = "{0} and {1} still meet")
    @CsvSource({"Hanna, Anna", "Yelena, Elena", "Tchernov, Chernov", "Djamal, Jamal", "Christo, Hristo",
            "Nnamdi, Namdi", "Schadi, Chadi", "Dzadran, Zadran", "Tsehay, Sehay", "Gjon, Jon"})
    void aFirstLetterThatScriptsAddOrLeaveOutIsNotAnotherName(String one, String other) {
        assertThat(NameComparison.letterPutInFront(word(one).latin(), word(other).latin())).isFalse();
        assertThat(similarity(one, other)).isGreaterThanOrEqualTo(NameComparison.SIMILAR);
    }

    @ParameterizedTest(name = "{0} is not {1} with an article")
    @CsvSource({"Alina, Ina", "Elvira, Vira", "Alahmad, Hamid"})
    void aNameThatOnlyLooksLikeOneWithTheArabicArticleIsNotTakenForIt(String one, String other) {
        assertThat(similarity(one, other)).isLessThan(NameComparison.VARIANT);
    }

    @ParameterizedTest(name = "{0} and {1} are one name")
    @CsvSource({"Ouahbi, Wahbi", "Ouazzani, Wazzani", "Chaoui, شاوي", "Aly, Ali", "Vy, Vi", "Meena, Mina",
            "Shakeela, Shakila", "Noor, Nur", "Rasheed, رشيد"})
    void frenchAndEnglishSpellingsAndYForIStillMeet(String one, String other) {
        assertThat(similarity(one, other)).isGreaterThanOrEqualTo(NameComparison.VARIANT);
    }

    @ParameterizedTest(name = "Ukrainian {0} meets Russian {1}")
    @CsvSource({"Humeniuk, Gumenyuk", "Hryhorii, Grigoriy", "Halyna, Galina", "Hordiienko, Gordienko",
            "Holovko, Golovko", "Humeniuk, Гуменюк", "Olha, Olga", "Yehor, Egor", "Ihor, Igor", "Ольга, Olha"})
    void ukrainianHMeetsRussianG(String ukrainian, String russian) {
        var pair = NameComparison.bestPair(new Word[] {word(ukrainian)}, new Word[] {word(russian)}, skeleton -> 8);

        assertThat(pair.similarity()).isGreaterThanOrEqualTo(NameComparison.VARIANT);
        assertThat(pair.finding()).isEqualTo(Reason.Finding.TRANSLITERATED);
    }

    @ParameterizedTest(name = "the Ukrainian h does not make {0} and {1} one name")
    @CsvSource({"Харченко, Грищенко", "Khomenko, Гуменюк", "Hang, Giang", "Huong, Giang", "Ihor, Yegor", "Nga, Nha", "Hana, Gana",
            "Huy, Guy"})
    void gAndHStayApartWhereTheyWriteOtherSounds(String one, String other) {
        assertThat(similarity(one, other)).isLessThan(NameComparison.VARIANT);
    }

    @ParameterizedTest(name = "the Ukrainian h rule leaves {0} and {1} to their spelling")
    @CsvSource({"Ghassan, Hassan", "Thanh, Thang"})
    void theUkrainianHRuleDoesNotReachGhOrNg(String one, String other) {
        assertThat(NameComparison.sameButForUkrainianH(word(one), word(other), 1.0)).isFalse();
    }

    @ParameterizedTest(name = "{0} and {1} are different family names")
    @CsvSource({"Stanisławczyk, Stanisławski", "Dawidak, Dawidczyk", "Ivanov, Ivanin", "Petrenko, Petrychuk",
            "Jakubowski, Jakubczyk", "Petrauskas, Petraitis", "Ionescu, Ioneanu", "Kovalchuk, Kovalenko",
            "Oleksandr, Oleksandrenko", "Petro, Petrenko", "Ahmad, Ahmadzai", "Gjon, Gjonaj", "Kristaps, Kristapovs",
            "Roberts, Robertiņš", "Jonas, Jonaitis", "Tudoreanu, Adrianeanu", "Nojauskas, Aronauskas"})
    void familyNamesMadeFromOneGivenNameWithOtherEndingsAreDifferentNames(String one, String other) {
        assertThat(similarity(one, other)).isLessThan(NameComparison.SIMILAR);
    }

    @ParameterizedTest(name = "{0} and {1} are two families, or one with a slip: similar, not one name")
    @CsvSource({"Kowalczuk, Kowalczyk", "Romaniuk, Romaniak"})
    void anEndingWithOneLetterChangedIsSimilarNotAVariantSpelling(String one, String other) {
        assertThat(similarity(one, other)).isGreaterThanOrEqualTo(NameComparison.SIMILAR).isLessThan(NameComparison.VARIANT);
    }

    @ParameterizedTest(name = "{0} and {1} are one family name with a typo")
    @CsvSource({"Jokpūbaitis, Jokūbaitis", "Kacperowski, Kasperowski", "Petrenkko, Petrenko",
            "Ramanausskaite, Ramanauskaite", "Kowalczukk, Kowalczuk"})
    void aTypoInAFamilyNameWithAnEndingStillLeavesItAVariant(String one, String other) {
        assertThat(similarity(one, other)).isGreaterThanOrEqualTo(NameComparison.VARIANT);
    }

    @ParameterizedTest(name = "{0} and {1} are one family name")
    @CsvSource({"Ivanov, Ivanova", "Jonaitis, Jonaitė", "Kowalczuk, Kovalchuk", "Bartoszak, Bartoschak",
            "Mohammadzai, Mohammedzay", "Stanisławczyk, Stanislavchik", "Jakubowski, Jakubowska",
            "Petrauskas, Petrauskaitė", "Sergeyev, Sergejew", "Ivanov, Iwanoff"})
    void oneFamilyNameInItsManAndWomanFormsAndOtherRomanisationsStillMeets(String one, String other) {
        assertThat(similarity(one, other)).isGreaterThanOrEqualTo(NameComparison.VARIANT);
    }

    @ParameterizedTest(name = "{0} and {1} are one name as said")
    @CsvSource({"Vera, Wera", "Jana, Yana", "Omar, Umar", "Umid, Omid", "Lev, Lew", "Julia, Yuliya",
            "Xhonaj, Jonaj", "Christina, Kristina", "Khrystyna, Kristina", "Krystian, Christian", "Yuriy, Iurii",
            "Zakharov, Sacharow", "Kuznetsov, Kuzniecow", "Zhukov, Jukoff", "Ryzhova, Ryjova"})
    void namesSpeltAsTheyAreSaidInAnotherLanguageMeet(String one, String other) {
        assertThat(similarity(one, other)).isGreaterThanOrEqualTo(NameComparison.VARIANT);
    }

    @ParameterizedTest(name = "{0} is a diminutive of a name spelt like {1}")
    @CsvSource({"Valya, Walewtina", "Natasha, Navalya"})
    void aDiminutiveOfANameSpeltAlmostAsTheOtherIsSimilar(String diminutive, String other) {
        assertThat(similarity(diminutive, other)).isBetween(NameComparison.SIMILAR, NameComparison.VARIANT);
    }

    @ParameterizedTest(name = "{0} is not a diminutive of {1}")
    @CsvSource({"Sasha, Aleksei", "Misha, Mikola", "Kasia, Kinga"})
    void aDiminutiveOfAnotherNameIsADifferentName(String diminutive, String other) {
        assertThat(similarity(diminutive, other)).isLessThan(NameComparison.SIMILAR);
    }

    @ParameterizedTest(name = "{0} and {1} begin differently and are not taken for one name")
    @CsvSource({"Emilka, Malika", "Ahmad, Hamid", "أحمد, Hamid", "Ihab, Hiba", "Emilka, Malak"})
    void namesThatShareTheirConsonantsButNotTheirFirstVowelAreNotOneName(String one, String other) {
        assertThat(similarity(one, other)).isLessThan(NameComparison.VARIANT);
    }

    @ParameterizedTest(name = "{0} and {1} are one name however they begin")
    @CsvSource({"Oleksandr, Aleksandr", "Jamal, Djamel", "Yelena, Elena", "Iulia, Yulia", "عمر, Omar",
            "Ibrahim, Brahim", "Yusuf, Youssef", "Skender, Iskender", "Boubacar, Aboubakar", "Hmed, Ahmed",
            "مدد, Madad", "مأمون, Mamoun"})
    void aFirstVowelOrGlideWrittenAnotherWayStillMeets(String one, String other) {
        assertThat(similarity(one, other)).isGreaterThanOrEqualTo(NameComparison.VARIANT);
    }

    @ParameterizedTest(name = "{0} and {1} are one name")
    @CsvSource({"نوید, Navid", "پروین, Parwin", "هروی, Harawi", "جاوید, Javid", "نور, Nur", "خولة, Khawla",
            "سهیل, Suhail", "یوسفی, Yusufi", "یوسفی, Jusufi"})
    void anArabicScriptLetterThatIsConsonantOrVowelMeetsEitherReading(String one, String other) {
        assertThat(similarity(one, other)).isGreaterThanOrEqualTo(NameComparison.VARIANT);
    }

    @ParameterizedTest(name = "{0} and {1} are one name")
    @CsvSource({"فاطمه, Fatima", "فاطمه, Fatemeh", "زهره, Zohra", "آمنه, Amina", "سعیده, Saeeda", "ملاله, Malala",
            "رضا, Reza", "رضا, Rida", "ضیا, Zia", "حمیده, Hamideh"})
    void anArabicScriptNameMeetsItsPersianSoundsAndItsFinalVowel(String one, String other) {
        assertThat(similarity(one, other)).isGreaterThanOrEqualTo(NameComparison.VARIANT);
    }

    @ParameterizedTest(name = "{0} and {1} are one name")
    @CsvSource({"هدى, Huda", "ليلى, Layla", "عيسى, Isa", "يحيى, Yahya", "سلوى, Salwa", "مصطفى, Mustafa",
            "حياة, Hayat", "نجاة, Najat"})
    void aFinalAlifMaqsuraIsSaidAAndTaMarbutaAfterAlifAt(String one, String other) {
        assertThat(similarity(one, other)).isGreaterThanOrEqualTo(NameComparison.VARIANT);
    }

    @ParameterizedTest(name = "{0} and {1} are one name")
    @CsvSource({"حمزة, Hamzah", "شحادة, Shehadeh", "رحمة, Rahmah", "صباح, Sabah"})
    void aFinalHWrittenForTaMarbutaMeetsTheArabicScriptName(String one, String other) {
        assertThat(similarity(one, other)).isGreaterThanOrEqualTo(NameComparison.VARIANT);
    }

    @ParameterizedTest(name = "{0} and {1} are different names")
    @CsvSource({"صبا, Sabah", "سما, Samah", "شهد, Shehadeh", "ربى, Rabah"})
    void aFinalHThatIsALetterOfItsOwnIsNotLeftOut(String one, String other) {
        assertThat(similarity(one, other)).isLessThan(NameComparison.VARIANT);
    }

    @ParameterizedTest(name = "{0} and {1} are one name")
    @CsvSource({"Oluwadamilare, Damilare", "Oluwabukola, Bukola", "Olufunmilayo, Funmilayo"})
    void aYorubaNameMeetsItselfWithoutOluwa(String one, String other) {
        assertThat(similarity(one, other)).isGreaterThanOrEqualTo(NameComparison.VARIANT);
    }

    @ParameterizedTest(name = "{0} and {1} are one name")
    @CsvSource({"السعيدي, Essaidi", "الدكالي, Eddoukkali", "الصباغ, Essabbagh"})
    void theArticleSaidAsTheLetterItRunsIntoCountsAsLeftOut(String one, String other) {
        assertThat(NameComparison.bestPair(given(one), given(other), skeleton -> 5).similarity())
                .isGreaterThanOrEqualTo(NameComparison.VARIANT);
    }

    private static Word[] given(String name) {
        return Profile.of(PersonRecord.named("r", name, null, BirthDate.UNKNOWN), Nicknames.standard()).given;
    }

    @ParameterizedTest(name = "{0} and {1} are one name")
    @CsvSource({"إلياس, Ilyas", "إلياس, Elias", "إلهام, Ilham", "إسماعيل, Ismail"})
    void anAlifWithHamzaBelowIsSaidINotTakenForTheArticle(String one, String other) {
        assertThat(similarity(one, other)).isGreaterThanOrEqualTo(NameComparison.VARIANT);
    }

    @ParameterizedTest(name = "{0} and {1} are one name")
    @CsvSource({"فاطمه, فاطمة", "حسین, حسين", "مُحَمَّد, محمد", "سعیده, سعيدة", "فاطِمَه, Fatima", "رضيه, Razia"})
    void oneNameInTheTwoOrthographiesOfArabicScriptOrWithVowelMarksIsOneName(String one, String other) {
        assertThat(similarity(one, other)).isGreaterThanOrEqualTo(NameComparison.VARIANT);
    }

    @ParameterizedTest(name = "{0} and {1} are different names")
    @CsvSource({"حسن, حسين", "محمد, محمود", "سعيد, زياد", "أمين, أيمن", "حسن, حسین"})
    void twoWordsInArabicScriptWithOtherLettersAreDifferentNames(String one, String other) {
        assertThat(similarity(one, other)).isLessThan(NameComparison.SIMILAR);
    }

    @ParameterizedTest(name = "{0} and {1} are different families")
    @CsvSource({"Benomar, Benmounir", "Ben Hamza, Benanas", "Binladin, Binlaham", "Benali, Bennabil", "Ben Ali, Benamer"})
    void familyNamesMadeWithOneJoiningWordAreComparedOnWhatFollowsIt(String one, String other) {
        assertThat(similarity(one.replace(" ", ""), other)).isLessThan(NameComparison.SIMILAR);
    }

    @ParameterizedTest(name = "{0} and {1} are different names")
    @CsvSource({"Yeseniya, Sanija", "Yeseniya, Женя", "Yasmin, Samin"})
    void aFirstYBeforeAVowelIsNotAnotherFirstConsonant(String one, String other) {
        assertThat(similarity(one, other)).isLessThan(NameComparison.VARIANT);
    }

    @ParameterizedTest(name = "{0} and {1} are different names")
    @CsvSource({"Abdelilah, Abdelhak", "Abdelkarim, Abdelkader", "Abdulrahman, Abdulrazzaq", "Abdelmajid, Abdelhamid"})
    void namesMadeWithAbdAreAsAlikeAsTheNamesAfterIt(String one, String other) {
        assertThat(similarity(one, other)).isLessThan(NameComparison.SIMILAR);
    }

    @ParameterizedTest(name = "{0} and {1} are one name")
    @CsvSource({"Abdelkarim, Abdulkarim", "Abderrahmane, Abdelrahman", "عبدالكريم, Abdelkarim", "Abdallah, Abdullah",
            "عبدالله, Abdullah", "Abdelaziz, Abdulaziz", "Abdullahi, Abdulahi", "Abdellatif, Abdelatif",
            "Bennani, Benani"})
    void oneNameMadeWithAbdSpeltAnotherWayStillMeets(String one, String other) {
        assertThat(similarity(one, other)).isGreaterThanOrEqualTo(NameComparison.VARIANT);
    }

    @ParameterizedTest(name = "{0} and {1} are one family")
    @CsvSource({"Benomar, Binomar", "Elfassi, Alfassi", "Alkhalil, Elkhalil", "Alexander, Aleksandr", "Elisabeth, Elizabeth",
            "Ben Omar, Benomar", "Al Khalil, Alkhalil"})
    void aJoiningWordSpeltAnotherWayOrANameThatOnlyBeginsLikeOneStillMeets(String one, String other) {
        assertThat(similarity(one, other)).isGreaterThanOrEqualTo(NameComparison.VARIANT);
    }

    @ParameterizedTest(name = "{0} and {1} are one name")
    @CsvSource({"Iurii, Yuri", "Iana, Jana", "Iehor, Yegor", "Ievgenia, Evgenia"})
    void anIBeforeAVowelIsSaidY(String one, String other) {
        assertThat(similarity(one, other)).isGreaterThanOrEqualTo(NameComparison.VARIANT);
    }

    @ParameterizedTest(name = "{0} and {1} are different names")
    @CsvSource({"Julianescu, Alinescu", "Joanna, Anna"})
    void aFirstGlideDoesNotJoinNamesThatShareOnlyTheirConsonantsWithAFirstA(String one, String other) {
        assertThat(similarity(one, other)).isLessThan(NameComparison.VARIANT);
    }

    @ParameterizedTest(name = "{0} and {1} are different names")
    @CsvSource({"نوید, Nader", "زهره, Zubair", "حياة, Hatem", "یوسفی, Safaa", "سعیده, Saeed", "فریده, Farid",
            "فرخ, Farouk", "صالح, Sali", "صالح, Sala", "رضا, Rizwan"})
    void anArabicScriptNameStillNeedsAllItsConsonants(String one, String other) {
        assertThat(similarity(one, other)).isLessThan(NameComparison.VARIANT);
    }

    @ParameterizedTest(name = "{0} and {1} are different names")
    @CsvSource({"زهرا, Sara", "زهرا, Suraya", "سهیل, Sali", "زهرا, Zara"})
    void anArabicScriptHAfterZOrSIsALetterOfItsOwnNotTheSoundOfZhOrSh(String one, String other) {
        assertThat(similarity(one, other)).isLessThan(NameComparison.VARIANT);
    }

    @ParameterizedTest(name = "{0} and {1} are one name")
    @CsvSource({"زهرا, Zahra", "زهرا, Zehra", "سهیل, Suhail", "سحر, Sahar", "ژیلا, Zhila", "مژگان, Mozhgan",
            "شیرین, Shirin", "خالد, Khaled"})
    void anArabicScriptHAfterZOrSMeetsTheNameWrittenWithItsVowel(String one, String other) {
        assertThat(similarity(one, other)).isGreaterThanOrEqualTo(NameComparison.VARIANT);
    }

    @ParameterizedTest(name = "{0} and {1} are different families")
    @CsvSource({"Boubilal, Bilal", "Boubilal, Benbilal", "Bouyoussef, Youssef", "بوبلال, Bilal", "Bouyoussef, Benyoussef",
            "Bouali, Ali", "Bouali, Benali"})
    void aMaghrebiFamilyNameMadeWithBouIsNotTheNameAloneOrMadeWithBen(String one, String other) {
        assertThat(similarity(one, other)).isLessThan(NameComparison.SIMILAR);
    }

    @ParameterizedTest(name = "{0} and {1} are one family name")
    @CsvSource({"Boubilal, بوبلال", "Bouyoussef, Buyusef", "Bouazza, Bouaza"})
    void oneFamilyNameMadeWithBouStillMeets(String one, String other) {
        assertThat(similarity(one, other)).isGreaterThanOrEqualTo(NameComparison.VARIANT);
    }

    @Test
    void aDiminutiveIsCalledADiminutiveEvenWhenItHasTheFullNamesConsonants() {
        var pair = NameComparison.bestPair(new Word[] {word("Kuba")}, new Word[] {word("Jakub")}, skeleton -> 8);

        assertThat(pair.finding()).isEqualTo(Reason.Finding.DIMINUTIVE);
    }
}
