package org.haven.linkage;

import com.ibm.icu.text.Transliterator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The comparators hold their rules for any names and dates, not only the ones in examples. */
class ComparisonPropertiesTest {

    private static final Scorer SCORER = new Scorer(skeleton -> 8.0, NameSexes.none());

    @Property
    void wordSimilarityIsSymmetricBetweenZeroAndOneAndOneForAWordWithItself(
            @ForAll("names") String a, @ForAll("names") String b) {
        for (Word x : words(a)) {
            for (Word y : words(b)) {
                double s = NameComparison.similarity(x, y);
                assertThat(s).isBetween(0.0, 1.0).isEqualTo(NameComparison.similarity(y, x));
                assertThat(NameComparison.similarity(x, x)).isEqualTo(1.0);
            }
        }
    }

    /** The words a record holds for a name, each read as the engine reads it (its script's other readings too). */
    private static Word[] words(String name) {
        return profile(PersonRecord.named("x", name, null, BirthDate.UNKNOWN)).given;
    }

    @Property
    void theEvidenceIsTheSameWhicheverRecordIsAskedAbout(@ForAll("people") PersonRecord a,
                                                         @ForAll("people") PersonRecord b) {
        double ab = Scorer.bits(SCORER.compare(profile(a), profile(b)));
        double ba = Scorer.bits(SCORER.compare(profile(b), profile(a)));
        assertThat(ab).isCloseTo(ba, within(1e-9));
    }

    @Property
    void aRecordWithGivenAndFamilyNameAndFullDateComparedWithItselfIsAMatch(@ForAll("people") PersonRecord a) {
        var reasons = SCORER.compare(profile(a), profile(a));
        var p = profile(a);
        if (p.given.length > 0 && p.family.length > 0 && a.birthDate().hasDay()) {
            assertThat(Scorer.scoreOf(Scorer.bits(reasons))).isGreaterThanOrEqualTo(Thresholds.STANDARD.match());
        }
        assertThat(reasons).noneMatch(r -> r.bits() < 0);
    }

    @Property
    void writingTheNamesInCyrillicInsteadOfLatinChangesNothingThatMatters(@ForAll("cyrillicPeople") PersonRecord a) {
        var toLatin = Transliterator.getInstance("Russian-Latin/BGN");
        var latin = new PersonRecord("latin", toLatin.transliterate(a.givenNames()),
                toLatin.transliterate(a.familyName()), null, a.sex(), a.birthDate(), null, null, null, null);
        double same = Scorer.bits(SCORER.compare(profile(a), profile(a)));
        double acrossScripts = Scorer.bits(SCORER.compare(profile(a), profile(latin)));
        assertThat(acrossScripts).isGreaterThanOrEqualTo(same - 0.01);
    }

    @Property
    void dateComparisonIsSymmetric(@ForAll("dates") BirthDate a, @ForAll("dates") BirthDate b) {
        assertThat(BirthDates.compare(a, b).bits()).isEqualTo(BirthDates.compare(b, a).bits());
    }

    @Property
    void anEarlierOrLaterYearNeverCountsForMoreThanTheSameYear(@ForAll("dates") BirthDate a,
                                                              @ForAll @IntRange(min = 1, max = 20) int years) {
        if (!a.isKnown() || a.hasDay()) {
            return;
        }
        var later = new BirthDate(a.year() + years, a.month(), 0);
        assertThat(BirthDates.compare(a, later).bits()).isLessThan(BirthDates.compare(a, a).bits());
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("Aleksandr", "Александр", "Sasha", "Mohammed", "محمد", "Ivanova", "Nguyễn Thị Lan",
                "Tesfay", "ተስፋይ", "Anna-Maria", "", "O'Brien", "Zoë", "Abd al-Rahman", "Abdulrahman", "رضا", "فاطمه",
                "فاطمة", "Fatima", "Reza", "Benomar", "Ben Mounir", "Elfassi", "الفاسي", "مُحَمَّد", "حسین", "Iurii");
    }

    @Provide
    Arbitrary<BirthDate> dates() {
        var years = Arbitraries.integers().between(2000, 2020);
        var months = Arbitraries.integers().between(0, 12);
        var days = Arbitraries.integers().between(0, 28);
        return Combinators.combine(years, months, days).as((y, m, d) -> new BirthDate(y, m, m == 0 ? 0 : d))
                .injectDuplicates(0.2).edgeCases(e -> e.add(BirthDate.UNKNOWN));
    }

    @Provide
    Arbitrary<PersonRecord> people() {
        var sex = Arbitraries.of(PersonRecord.Sex.class);
        return Combinators.combine(names(), names(), names(), sex, dates(), names())
                .as((g, f, o, s, d, m) -> new PersonRecord("x", g, f, o, s, d, null, "UA", m, null));
    }

    @Provide
    Arbitrary<PersonRecord> cyrillicPeople() {
        var word = Arbitraries.strings().withCharRange('а', 'я').ofMinLength(2).ofMaxLength(10)
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1));
        return Combinators.combine(word, word, dates())
                .as((g, f, d) -> new PersonRecord("cyrillic", g, f, null, PersonRecord.Sex.UNKNOWN, d, null, null,
                        null, null));
    }

    private static Profile profile(PersonRecord r) {
        return Profile.of(r, Nicknames.standard());
    }
}
