package org.haven.bench.synth;

import org.haven.linkage.PersonRecord;

import java.time.LocalDate;

/** A generated child as they really are: the truth that records and queries are written from. */
record Person(int number, Population population, PersonRecord.Sex sex, NameBank.Name given, NameBank.Name secondGiven,
              NameBank.Name family, NameBank.Name middle, NameBank.Name father, NameBank.Name grandfather,
              NameBank.Name mother, LocalDate birthDate, NameBank.Name birthPlace, String nationality) {
}
