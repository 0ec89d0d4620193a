package org.haven.linkage;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PersonIndexTest {

    private final PersonIndex index = new PersonIndex();

    private static PersonRecord child(String id, String given, String family, String born) {
        return PersonRecord.named(id, given, family, BirthDate.parse(born).orElseThrow());
    }

    private static final String MADE_UP_LETTERS = "bdfgklmnprtv";

    /** One of 1,728 names no two alike in their consonants: Bbabob, Bdabob, ... */
    private static String madeUpName(int i) {
        return "B" + MADE_UP_LETTERS.charAt(i % 12) + "a" + MADE_UP_LETTERS.charAt(i / 12 % 12) + "o"
                + MADE_UP_LETTERS.charAt(i / 144 % 12);
    }

    private List<Candidate> whoMayBe(PersonRecord query) {
        return index.candidates(query, 5);
    }

    @Test
    void theSameChildWrittenInCyrillicByOneAgencyAndInLatinByAnotherIsAMatch() {
        index.put(child("police-1", "Александр", "Иванов", "2009-03-14"));
        index.put(child("police-2", "Дмитрий", "Петров", "2009-03-14"));

        var found = whoMayBe(child("welfare-7", "Aleksandr", "Ivanov", "2009-03-14"));

        assertThat(found).extracting(Candidate::recordId).containsExactly("police-1");
        assertThat(found.get(0).decision()).isEqualTo(Candidate.Decision.MATCH);
        assertThat(found.get(0).reasons()).extracting(Reason::finding).contains(Reason.Finding.SAME);
    }

    @Test
    void swappedNamesAndASwappedDayAndMonthStillFindTheChild() {
        index.put(child("r1", "Maria", "Popescu", "2010-05-01"));

        var found = whoMayBe(child("q", "Popescu", "Maria", "2010-01-05"));

        assertThat(found).extracting(Candidate::recordId).containsExactly("r1");
        assertThat(found.get(0).reasons()).extracting(Reason::finding)
                .contains(Reason.Finding.SWAPPED);
    }

    @Test
    void aDiminutiveAndOnlyTheYearOfBirthGiveAtLeastAPossibleMatch() {
        index.put(child("r1", "Aleksandr", "Kovalenko", "2008-11-02"));

        var found = whoMayBe(child("q", "Sasha", "Kovalenko", "2008"));

        assertThat(found).extracting(Candidate::recordId).containsExactly("r1");
        assertThat(found.get(0).reasons()).extracting(Reason::finding).contains(Reason.Finding.DIMINUTIVE);
    }

    @Test
    void aRareFamilyNameWithATypoIsFoundAmongThousandsWithTheSameCommonGivenNameAndYear() {
        for (int i = 0; i < 3_000; i++) {
            index.put(child("filler-" + i, "Maryam", madeUpName(i) + "i" + MADE_UP_LETTERS.charAt(i / 1728 % 12), "2006"));
        }
        index.put(child("r1", "Maryam", "El Idrdissi", "2005-11-02"));

        var found = whoMayBe(child("q", "Maryam", "Idrissi", "2006"));

        assertThat(found).extracting(Candidate::recordId).contains("r1");
    }

    @Test
    void aShortGivenNameSpeltAnotherWayIsFoundAmongThousandsWithTheSameFamilyNameAndYear() {
        for (int i = 0; i < 2_100; i++) {
            index.put(child("filler-" + i, madeUpName(i), "Endraj", "2011"));
        }
        index.put(child("r1", "Ema", "Endraj", "2011"));

        var found = whoMayBe(child("q", "Emma", "Endraj", "2011"));

        assertThat(found).extracting(Candidate::recordId).contains("r1");
    }

    @Test
    void aChildKnownByACommonGivenNameAndHerMothersNameIsFoundThoughTheRecordHasNoDate() {
        for (int i = 0; i < 2_100; i++) {
            index.put(child("filler-" + i, "Jamil", madeUpName(i), String.valueOf(2000 + i % 16)));
        }
        index.put(new PersonRecord("r1", "Jamil", "Al-Mohammad", null, null, BirthDate.UNKNOWN, null, null, "Raghad",
                null));

        var found = whoMayBe(new PersonRecord("q", "جميل", null, null, null, BirthDate.parse("2006-12-02").orElseThrow(),
                null, null, "رغد", null));

        assertThat(found).extracting(Candidate::recordId).contains("r1");
    }

    @Test
    void aFamilyNameWithATypoNextToACommonGivenNameIsFoundThoughBothAreCommonAlone() {
        for (int i = 0; i < 2_100; i++) {
            index.put(child("elena-" + i, "Elena", madeUpName(i), String.valueOf(2000 + i % 16)));
            index.put(child("ruban-" + i, madeUpName(i), "Ruban", String.valueOf(2000 + i % 16)));
        }
        index.put(child("r1", "Elena", "Erikeanu", ""));

        var found = whoMayBe(child("q", "Elena", "Ericeanu", "2010-08-27"));

        assertThat(found).extracting(Candidate::recordId).contains("r1");
    }

    @Test
    void aGivenNameWithATypoIsFoundWithTheFathersNameAmongManyOfTheFamilyBornThatYear() {
        for (int i = 0; i < 1_000; i++) {
            index.put(new PersonRecord("filler-" + i, madeUpName(i), "Topalli", null, null,
                    BirthDate.parse("2004").orElseThrow(), "Tiranë", null, "Elona", null));
        }
        index.put(new PersonRecord("r1", "Njomza", null, null, null, BirthDate.parse("2004-04-21").orElseThrow(),
                "Tiranë", "AL", null, "Mergim"));

        var found = whoMayBe(new PersonRecord("q", "Njoza", "Topalli", null, null, BirthDate.parse("2004").orElseThrow(),
                "Tiranë", null, "Elona", "Mergim"));

        assertThat(found).extracting(Candidate::recordId).contains("r1");
    }

    @Test
    void anAfghanNameInArabicScriptIsFoundUnderItsPersianSounds() {
        index.put(child("r1", "رضا", "امینی", "2013-08-14"));
        index.put(child("r2", "رزان", "", "2009"));

        assertThat(whoMayBe(child("q1", "Reza", "", "2013-08-29"))).extracting(Candidate::recordId).contains("r1");
        assertThat(whoMayBe(child("q2", "Razan", "", "2009"))).extracting(Candidate::recordId).contains("r2");
    }

    @Test
    void aNamesakeBornYearsApartIsNotTakenForTheChild() {
        index.put(child("r1", "Mohammed", "Ahmadi", "2004-02-10"));

        assertThat(whoMayBe(child("q", "Mohammed", "Ahmadi", "2011-07-23")))
                .noneMatch(c -> c.decision() == Candidate.Decision.MATCH);
    }

    @Test
    void twoEquallyLikelyRecordsAreBothLeftForAPersonToDecide() {
        index.put(child("twin-1", "Nguyen Van", "An", "2012-04-04"));
        index.put(child("twin-2", "Nguyen Van", "An", "2012-04-04"));

        assertThat(whoMayBe(child("q", "Nguyen Van", "An", "2012-04-04"))).hasSize(2)
                .allMatch(c -> c.decision() == Candidate.Decision.POSSIBLE);
    }

    @Test
    void namesakesBornTheSameYearLeaveTheChildToAPersonEvenWhenOneOfThemAgreesOnOneMoreDetail() {
        index.put(new PersonRecord("r1", "Rasmus", "Saar", null, null, BirthDate.parse("2006").orElseThrow(), null,
                "EE", null, null));
        index.put(child("r2", "Rasmus", "Saar", "2006"));
        index.put(child("r3", "Rasmus", "Saar", "2006"));

        var found = whoMayBe(new PersonRecord("q", "Rasmus", "Saar", null, null, BirthDate.parse("2006").orElseThrow(),
                null, "EE", null, null));

        assertThat(found).extracting(Candidate::recordId).startsWith("r1").contains("r2", "r3");
        assertThat(found).noneMatch(c -> c.decision() == Candidate.Decision.MATCH);
    }

    @Test
    void aSiblingIsNotTakenForTheChild() {
        index.put(child("brother", "Andrei", "Rusu", "2007-04-18"));

        var found = whoMayBe(child("q", "Elena", "Rusu", "2010-09-02"));

        assertThat(found).noneMatch(c -> c.decision() == Candidate.Decision.MATCH);
    }

    @Test
    void aBrotherGivenTheChildsSecondNameAsHisFirstIsNotTakenForTheChild() {
        index.put(child("brother", "Răzvan", "Gabrielescu", "2015-10-01"));
        index.put(child("andrei", "Andrey", "Gabrielescu", "2015-04-14"));

        var found = whoMayBe(child("q", "Andrei Răzvan", "Gabrielescu", "2015"));

        assertThat(found.get(0).recordId()).isEqualTo("andrei");
        assertThat(found).filteredOn(c -> c.recordId().equals("brother"))
                .noneMatch(c -> c.decision() == Candidate.Decision.MATCH);
    }

    @Test
    void aChildKnownByHerSecondGivenNameIsStillAMatch() {
        index.put(child("maria", "Anna Maria", "Kowalczyk", "2011-03-14"));

        var found = whoMayBe(child("q", "Maria", "Kowalczyk", "2011-03-14"));

        assertThat(found.get(0).recordId()).isEqualTo("maria");
        assertThat(found.get(0).decision()).isEqualTo(Candidate.Decision.MATCH);
    }

    @Test
    void aTwinSisterWhoSharesEverythingButTheGivenNameIsLeftForAPersonToDecide() {
        index.put(family("ksenia", "Ксения", "2008-09-09"));

        var found = whoMayBe(family("q", "Эва", "2008-09-09"));

        assertThat(found).extracting(Candidate::recordId).containsExactly("ksenia");
        assertThat(found.get(0).decision()).isEqualTo(Candidate.Decision.POSSIBLE);
    }

    @Test
    void theChildIsAMatchThoughHerTwinSisterIsInTheRecordsToo() {
        index.put(family("ksenia", "Ксения", "2008-09-09"));
        index.put(family("eva", "Эва", "2008-09-09"));

        var found = whoMayBe(family("q", "Kseniya", "2008-09-09"));

        assertThat(found.get(0).recordId()).isEqualTo("ksenia");
        assertThat(found.get(0).decision()).isEqualTo(Candidate.Decision.MATCH);
    }

    @Test
    void aTwinSisterIsLeftForAPersonToDecideWhenARecordHasHerNamesSwappedOrOnlyTheMonthOfBirth() {
        index.put(new PersonRecord("swapped", "Александрина", "Ксения", null, PersonRecord.Sex.FEMALE,
                BirthDate.parse("2008-09-09").orElseThrow(), "Калининград", "RU", "Ирина", "Владимир"));
        index.put(new PersonRecord("month", "Дарья", "Александрина", null, PersonRecord.Sex.FEMALE,
                BirthDate.parse("2011-03").orElseThrow(), "Калининград", "RU", "Ирина", "Владимир"));

        assertThat(whoMayBe(family("q1", "Эва", "2008-09-09"))).first()
                .satisfies(c -> assertThat(c.decision()).isEqualTo(Candidate.Decision.POSSIBLE));
        assertThat(whoMayBe(family("q2", "Ольга", "2011-03-14"))).first()
                .satisfies(c -> assertThat(c.decision()).isEqualTo(Candidate.Decision.POSSIBLE));
    }

    /** A daughter of the Aleksandrin family of Kaliningrad: family name, place, nationality and parents shared by her sisters. */
    private static PersonRecord family(String id, String given, String born) {
        return new PersonRecord(id, given, "Александрина", null, PersonRecord.Sex.FEMALE,
                BirthDate.parse(born).orElseThrow(), "Калининград", "RU", "Ирина", "Владимир");
    }

    @Test
    void aCorrectedRecordIsFoundUnderItsNewNameAndNoLongerUnderItsOld() {
        index.put(child("r1", "Jonas", "Kazlauskas", "2011-06-06"));
        index.put(child("r1", "Tomas", "Petraitis", "2011-06-06"));

        assertThat(index.size()).isEqualTo(1);
        assertThat(whoMayBe(child("q", "Tomas", "Petraitis", "2011-06-06"))).extracting(Candidate::recordId)
                .containsExactly("r1");
        assertThat(whoMayBe(child("q", "Jonas", "Kazlauskas", "2011-06-06")))
                .noneMatch(c -> c.decision() == Candidate.Decision.MATCH);
    }

    @Test
    void aRemovedRecordIsNoLongerFound() {
        index.put(child("r1", "Amina", "Benali", "2012-02-29"));

        assertThat(index.remove("r1")).isTrue();
        assertThat(index.remove("r1")).isFalse();
        assertThat(whoMayBe(child("q", "Amina", "Benali", "2012-02-29"))).isEmpty();
        assertThat(index.keyStatistics()).containsEntry("records", 0).containsEntry("keys", 0);
    }

    @Test
    void aRecordIsNeverProposedAsItsOwnDuplicate() {
        var record = child("r1", "Ardit", "Kadriu", "2009-09-09");
        index.put(record);

        assertThat(whoMayBe(record)).isEmpty();
    }

    @Test
    void atMostTheAskedNumberOfCandidatesComeBackBestFirst() {
        for (int i = 0; i < 8; i++) {
            index.put(child("r" + i, "Nguyen Thi", "Lan", "2010-03-0" + (i + 1)));
        }

        var found = index.candidates(child("q", "Nguyen Thi", "Lan", "2010-03-01"), 5);

        assertThat(found).hasSizeLessThanOrEqualTo(5);
        assertThat(found.get(0).recordId()).isEqualTo("r0");
        assertThat(found).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void aRecordWithoutNamesOrDatesIsKeptButFindsNothing() {
        index.put(new PersonRecord("r1", null, null, null, PersonRecord.Sex.FEMALE, BirthDate.UNKNOWN,
                null, null, null, null));
        index.put(child("r2", "Eden", "Tesfay", ""));

        assertThat(index.size()).isEqualTo(2);
        assertThat(whoMayBe(new PersonRecord("q", "", " ", null, null, null, null, null, null, null))).isEmpty();
    }

    @Test
    void aMisspeltPlaceOfBirthDoesNotAgreeWithAnotherByAShortWordTheyShare() {
        index.put(new PersonRecord("r1", "Duc Tuan", "Bui", null, null, BirthDate.UNKNOWN, "Hà Tĩnh", "VN", null, null));

        var why = index.explain(new PersonRecord("q", "Duc Luan", "Bui", null, null, BirthDate.UNKNOWN, "Ha No", "VN",
                null, null), "r1").orElseThrow();

        assertThat(why.reasons()).filteredOn(r -> r.field() == Reason.Field.BIRTH_PLACE)
                .singleElement().satisfies(r -> assertThat(r.finding()).isEqualTo(Reason.Finding.DIFFERENT));
    }

    @Test
    void aGivenNameWrittenApartOrRunTogetherCountsInFull() {
        index.put(child("r1", "Abdulrahman", "Haidari", "2013"));
        index.put(child("r2", "Anh Khanh", "Nguyen", "2013"));

        var abd = index.explain(child("q", "Abd al-Rahman", "Haidari", "2013"), "r1").orElseThrow();
        var anh = index.explain(child("q", "Anhkhanh", "Nguyen", "2013"), "r2").orElseThrow();

        assertThat(abd.reasons()).noneMatch(r -> r.detail().contains("the other's second"));
        assertThat(anh.reasons()).noneMatch(r -> r.detail().contains("the other's second"));
    }

    @Test
    void aSecondGivenNameThatHoldsTheFirstWithALetterOrTwoMoreIsComparedAsAnotherName() {
        index.put(child("r1", "Anh Khanh", "Nguyen", "2013"));

        var why = index.explain(child("q", "Anh Hao", "Nguyen", "2013-01-17"), "r1").orElseThrow();

        assertThat(why.reasons()).filteredOn(r -> r.detail().startsWith("another of the given names"))
                .singleElement().satisfies(r -> assertThat(r.finding()).isEqualTo(Reason.Finding.DIFFERENT));
    }

    @Test
    void aFamilyNameWrittenWithItsArticleApartOrRunTogetherIsOneName() {
        index.put(child("r1", "Ahmad", "Al-Hassan", "2013"));

        var why = index.explain(child("q", "Ahmad", "Alhassan", "2013"), "r1").orElseThrow();

        assertThat(why.reasons()).noneMatch(r -> r.detail().startsWith("another of the family name"));
        assertThat(why.decision()).isEqualTo(Candidate.Decision.MATCH);
    }

    @Test
    void explanationsSayWhatAgreedAndWhatDidNot() {
        index.put(new PersonRecord("r1", "Amir", "Haidari", null, PersonRecord.Sex.MALE,
                BirthDate.parse("2008-01-01").orElseThrow(), "Herat", "AF", null, null));

        var why = index.explain(new PersonRecord("q", "امیر", "حیدری", null, PersonRecord.Sex.MALE,
                BirthDate.parse("2008").orElseThrow(), "هرات", "IR", null, null), "r1").orElseThrow();

        assertThat(why.reasons()).extracting(Reason::field)
                .contains(Reason.Field.NAME, Reason.Field.BIRTH_DATE, Reason.Field.SEX, Reason.Field.NATIONALITY);
        assertThat(why.reasons()).filteredOn(r -> r.field() == Reason.Field.NATIONALITY)
                .allMatch(r -> r.bits() < 0);
        assertThat(why.reasons().toString()).contains("birth date");
    }

    @Test
    void aGivenNameSpeltPastRecognitionCountsLessAgainstTheChildThanAnotherName() {
        index.put(child("r1", "Solomiia", "Shevchenko", "2015-03-23"));

        double misspelt = givenNamesBits(child("q1", "Soomiia", "Shevchenko", "2015-03-23"));
        double another = givenNamesBits(child("q2", "Kateryna", "Shevchenko", "2015-03-23"));

        assertThat(misspelt).isNegative().isGreaterThan(another + 3);
    }

    @Test
    void aRareMothersNameThatAgreesCountsForMoreThanACommonOne() {
        for (int i = 0; i < 300; i++) {
            index.put(child("filler-" + i, "Fatima", "Filler" + i, "2005"));
        }
        index.put(new PersonRecord("r1", "Yohannis", "Ghebrehiwet", null, PersonRecord.Sex.MALE,
                BirthDate.parse("2011").orElseThrow(), null, null, "Fatima", null));
        index.put(new PersonRecord("r2", "Yohannis", "Ghebremeskel", null, PersonRecord.Sex.MALE,
                BirthDate.parse("2011").orElseThrow(), null, null, "Zuhzanna", null));

        double common = mothersBits(new PersonRecord("q1", "Yohannis", "Ghebrehiwet", null, PersonRecord.Sex.MALE,
                BirthDate.parse("2011").orElseThrow(), null, null, "Fatima", null));
        double rare = mothersBits(new PersonRecord("q2", "Yohannis", "Ghebremeskel", null, PersonRecord.Sex.MALE,
                BirthDate.parse("2011").orElseThrow(), null, null, "Zuhzanna", null), "r2");

        assertThat(rare).isGreaterThan(common + 2);
    }

    @Test
    void aMothersNameSpeltAlmostAlikeCountsLessAgainstThanAnotherMother() {
        index.put(new PersonRecord("r1", "Yohannis", "Ghebrehiwet", null, PersonRecord.Sex.MALE,
                BirthDate.parse("2011").orElseThrow(), null, null, "Mariam", null));

        double almost = mothersBits(new PersonRecord("q1", "Yohannis", "Ghebrehiwet", null, PersonRecord.Sex.MALE,
                BirthDate.parse("2011").orElseThrow(), null, null, "Maryvm", null));
        double another = mothersBits(new PersonRecord("q2", "Yohannis", "Ghebrehiwet", null, PersonRecord.Sex.MALE,
                BirthDate.parse("2011").orElseThrow(), null, null, "Senait", null));

        assertThat(almost).isGreaterThan(another + 3);
    }

    private double givenNamesBits(PersonRecord query) {
        return index.explain(query, "r1").orElseThrow().reasons().stream()
                .filter(r -> r.field() == Reason.Field.NAME && r.detail().startsWith("given names"))
                .mapToDouble(Reason::bits).sum();
    }

    private double mothersBits(PersonRecord query) {
        return mothersBits(query, "r1");
    }

    private double mothersBits(PersonRecord query, String recordId) {
        return index.explain(query, recordId).orElseThrow().reasons().stream()
                .filter(r -> r.field() == Reason.Field.MOTHER).mapToDouble(Reason::bits).sum();
    }

    @Test
    void aRecordWithoutSexIsToldFromAChildOfTheOtherSexByItsGivenName() {
        for (int i = 0; i < 12; i++) {
            index.put(new PersonRecord("boy-" + i, "Arbër", "Krasniqi" + (char) ('a' + i), null, PersonRecord.Sex.MALE,
                    BirthDate.UNKNOWN, null, null, null, null));
            index.put(new PersonRecord("girl-" + i, "Fiona", "Berisha" + (char) ('a' + i), null, PersonRecord.Sex.FEMALE,
                    BirthDate.UNKNOWN, null, null, null, null));
        }
        index.put(new PersonRecord("twin", "Arbër", "Hamiti", null, PersonRecord.Sex.MALE,
                BirthDate.parse("2017-09-18").orElseThrow(), null, null, null, null));

        var sister = index.explain(new PersonRecord("q1", "Fiona", "Hamiti", null, PersonRecord.Sex.UNKNOWN,
                BirthDate.parse("2017-09-18").orElseThrow(), null, null, null, null), "twin").orElseThrow();
        var himself = index.explain(new PersonRecord("q2", "Arber", "Hamiti", null, PersonRecord.Sex.UNKNOWN,
                BirthDate.parse("2017-09-18").orElseThrow(), null, null, null, null), "twin").orElseThrow();

        assertThat(sister.reasons()).anyMatch(r -> r.field() == Reason.Field.SEX && r.bits() < 0);
        assertThat(himself.reasons()).noneMatch(r -> r.field() == Reason.Field.SEX);
    }

    @Test
    void aCorrectedOrRemovedRecordNoLongerCountsTowardsTheSexItsGivenNameTells() {
        for (int i = 0; i < 30; i++) {
            index.put(new PersonRecord("r" + i, "Sasha", "Family" + (char) ('a' + i), null, PersonRecord.Sex.MALE,
                    BirthDate.UNKNOWN, null, null, null, null));
        }
        index.put(new PersonRecord("girl", "Sasha", "Hamiti", null, PersonRecord.Sex.FEMALE,
                BirthDate.parse("2017-09-18").orElseThrow(), null, null, null, null));
        var query = new PersonRecord("q", "Sasha", "Hamiti", null, PersonRecord.Sex.UNKNOWN,
                BirthDate.parse("2017-09-18").orElseThrow(), null, null, null, null);
        assertThat(index.explain(query, "girl").orElseThrow().reasons())
                .anyMatch(r -> r.field() == Reason.Field.SEX && r.bits() < 0);

        for (int i = 0; i < 6; i++) {
            index.put(new PersonRecord("r" + i, "Sasha", "Family" + (char) ('a' + i), null, PersonRecord.Sex.FEMALE,
                    BirthDate.UNKNOWN, null, null, null, null));
        }
        assertThat(index.explain(query, "girl").orElseThrow().reasons()).noneMatch(r -> r.field() == Reason.Field.SEX);

        for (int i = 0; i < 6; i++) {
            index.remove("r" + i);
        }
        assertThat(index.explain(query, "girl").orElseThrow().reasons())
                .anyMatch(r -> r.field() == Reason.Field.SEX && r.bits() < 0);
    }

    @Test
    void aGirlWrittenDownAsABoyIsStillFoundAndNotTakenForHerTwinBrother() {
        girlsNamed("Marija", 12);
        index.put(new PersonRecord("marija", "Mariya", "Tkatschuk", null, PersonRecord.Sex.FEMALE,
                BirthDate.parse("2005-07-03").orElseThrow(), "Kharkiv", "UA", null, "Vasyl"));
        index.put(new PersonRecord("brother", "Максим", "Ткачук", null, PersonRecord.Sex.UNKNOWN,
                BirthDate.parse("2005-07-03").orElseThrow(), "Харків", "UA", "Дарина", null));

        var found = whoMayBe(new PersonRecord("q", "Marija", "Tkachuk", null, PersonRecord.Sex.MALE,
                BirthDate.parse("2005-07-03").orElseThrow(), "Kharkov", "UA", "Darina", null));

        assertThat(found.get(0).recordId()).isEqualTo("marija");
        assertThat(found.get(0).reasons()).anyMatch(r -> r.field() == Reason.Field.SEX
                && r.finding() == Reason.Finding.DIFFERENT && r.bits() == 0
                && r.detail().contains("written against the given name"));
    }

    @Test
    void aSexWrittenAsTheGivenNameTellsStillTellsATwinBrotherFromHisSister() {
        girlsNamed("Marija", 12);
        index.put(new PersonRecord("brother", "Maksim", "Tkachuk", null, PersonRecord.Sex.MALE,
                BirthDate.parse("2005-07-03").orElseThrow(), null, null, null, null));

        var brother = index.explain(new PersonRecord("q", "Marija", "Tkachuk", null, PersonRecord.Sex.FEMALE,
                BirthDate.parse("2005-07-03").orElseThrow(), null, null, null, null), "brother").orElseThrow();

        assertThat(brother.reasons()).anyMatch(r -> r.field() == Reason.Field.SEX && r.bits() <= -6);
    }

    @Test
    void aFamilyNameOnlyAgainstAGivenNameOnlySaysNothingAgainstTheChild() {
        index.put(new PersonRecord("ardit", "Ardit", null, null, PersonRecord.Sex.MALE,
                BirthDate.parse("2008-03-23").orElseThrow(), "Tirana", null, null, "Klevis"));

        var ardit = index.explain(new PersonRecord("q", null, "Gëzimaj", null, PersonRecord.Sex.MALE,
                BirthDate.parse("2008-03-23").orElseThrow(), null, null, null, "Klevis"), "ardit").orElseThrow();

        assertThat(ardit.reasons()).filteredOn(r -> r.field() == Reason.Field.NAME)
                .allMatch(r -> r.finding() == Reason.Finding.NOT_COMPARABLE && r.bits() == 0);
    }

    @Test
    void twoNamesOfTwoWordsEachAreComparedWordByWordNotByTheirWordsRunTogether() {
        index.put(new PersonRecord("khanh", "Thị Khanh", "Phạm", null, PersonRecord.Sex.FEMALE,
                BirthDate.UNKNOWN, null, "VN", null, null));

        var khanh = index.explain(new PersonRecord("q", "Thu Hoang", "Pham", null, PersonRecord.Sex.FEMALE,
                BirthDate.UNKNOWN, null, "VN", null, null), "khanh").orElseThrow();

        assertThat(khanh.reasons()).noneMatch(r -> r.detail().contains("thuhoang"));
        assertThat(khanh.reasons()).anyMatch(r -> r.field() == Reason.Field.NAME && r.detail().startsWith("given names")
                && r.bits() < 0);
    }

    @Test
    void theVietnameseMiddleNameVanIsAGivenNameNotTheDutchParticle() {
        index.put(new PersonRecord("an", "Văn An", "Hoàng", null, PersonRecord.Sex.MALE,
                BirthDate.parse("2007-05-23").orElseThrow(), null, "VN", null, null));

        var an = index.explain(new PersonRecord("q", "Vna An", "Hoang", null, PersonRecord.Sex.MALE,
                BirthDate.parse("2007").orElseThrow(), null, "VN", null, null), "an").orElseThrow();

        assertThat(an.reasons()).noneMatch(r -> r.detail().contains("one's first"));
        assertThat(an.reasons()).anyMatch(r -> r.detail().equals("given names an") && r.bits() > 5);
    }

    @Test
    void aSexWrittenAgainstANameGivenToBothStillCountsAgainst() {
        girlsNamed("Andrea", 20); // a name 95% a girl's: one Andrea in twenty-one a boy, not a slip
        index.put(new PersonRecord("boy", "Andrea", "Familyz", null, PersonRecord.Sex.MALE, BirthDate.UNKNOWN, null, null,
                null, null));
        index.put(new PersonRecord("sister", "Andrea", "Hoxha", null, PersonRecord.Sex.FEMALE,
                BirthDate.parse("2010-05-05").orElseThrow(), null, null, null, null));

        var sister = index.explain(new PersonRecord("q", "Andrea", "Hoxha", null, PersonRecord.Sex.MALE,
                BirthDate.parse("2010-05-05").orElseThrow(), null, null, null, null), "sister").orElseThrow();

        assertThat(sister.reasons()).anyMatch(r -> r.field() == Reason.Field.SEX && r.bits() <= -3
                && r.detail().contains("written against the given name"));
    }

    /** Girls of that first name, each of another family, so that the index knows it for a girl's name ({@link NameSexes}). */
    private void girlsNamed(String name, int count) {
        for (int i = 0; i < count; i++) {
            index.put(new PersonRecord("girl-" + i, name, "Family" + (char) ('a' + i), null, PersonRecord.Sex.FEMALE,
                    BirthDate.UNKNOWN, null, null, null, null));
        }
    }
}
