package org.haven.bench.quality;

import com.ibm.icu.text.Transliterator;
import no.priv.garshol.duke.Cleaner;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.cleaners.LowerCaseNormalizeCleaner;
import no.priv.garshol.duke.cleaners.RegexpCleaner;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.JaroWinkler;
import no.priv.garshol.duke.comparators.JaroWinklerTokenized;
import no.priv.garshol.duke.comparators.Levenshtein;
import no.priv.garshol.duke.comparators.PersonNameComparator;
import no.priv.garshol.duke.databases.LuceneDatabase;
import org.haven.linkage.PersonRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * Duke 1.2 (github.com/larsga/Duke), configured from its documentation for person data: given and
 * family names apart with Jaro–Winkler (the Comparator page: "use this for short strings like given
 * names and family names"), the date split into year, month and day with exact comparison (the
 * Deichman person example), sex and nationality as evidence of difference only (HowToModel: high
 * 0.5), LowerCaseNormalizeCleaner on text, an in-memory Lucene index with 100 search hits (larger
 * values are not honoured in 1.2), threshold 0.80 and maybe-threshold 0.60. With
 * {@code transliterated}, every text also goes through ICU Any-Latin first, which Duke does not do
 * by itself: that shows how much of the difference is transliteration alone.
 */
public final class DukeMatcher implements Matcher {

    static final double THRESHOLD = 0.80;
    static final double MAYBE_THRESHOLD = 0.60;

    private static final String ID = "ID";
    private static final Cleaner TEXT = new LowerCaseNormalizeCleaner();
    private static final Cleaner YEAR = regexp("^(\\d{4})");
    private static final Cleaner MONTH = regexp("^\\d{4}-(\\d{2})");
    private static final Cleaner DAY = regexp("^\\d{4}-\\d{2}-(\\d{2})$");
    private static final ThreadLocal<Transliterator> LATIN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Any-Latin"));

    private final boolean transliterated;
    private final LuceneDatabase database = new LuceneDatabase();
    private final Processor processor;

    public DukeMatcher(boolean transliterated) {
        this.transliterated = transliterated;
        var config = new ConfigurationImpl();
        config.setThreshold(THRESHOLD);
        config.setMaybeThreshold(MAYBE_THRESHOLD);
        List<Property> properties = new ArrayList<>();
        properties.add(new PropertyImpl(ID));
        properties.add(property("GIVEN", new JaroWinklerTokenized(), 0.30, 0.63, Property.Lookup.TRUE));
        properties.add(property("FAMILY", new JaroWinkler(), 0.25, 0.68, Property.Lookup.TRUE));
        properties.add(property("OTHER", new JaroWinklerTokenized(), 0.45, 0.60, Property.Lookup.FALSE));
        properties.add(property("MOTHER", new PersonNameComparator(), 0.40, 0.70, Property.Lookup.FALSE));
        properties.add(property("FATHER", new PersonNameComparator(), 0.40, 0.70, Property.Lookup.FALSE));
        properties.add(property("YEAR", new ExactComparator(), 0.20, 0.65, Property.Lookup.TRUE));
        properties.add(property("MONTH", new ExactComparator(), 0.35, 0.58, Property.Lookup.FALSE));
        properties.add(property("DAY", new ExactComparator(), 0.35, 0.62, Property.Lookup.FALSE));
        properties.add(property("PLACE", new Levenshtein(), 0.40, 0.60, Property.Lookup.FALSE));
        properties.add(property("SEX", new ExactComparator(), 0.10, 0.50, Property.Lookup.FALSE));
        properties.add(property("NATIONALITY", new ExactComparator(), 0.35, 0.50, Property.Lookup.FALSE));
        config.setProperties(properties);
        database.setMaxSearchHits(100);
        database.setMinRelevance(0.0f);
        config.setDatabase(database);
        config.validate();
        processor = new Processor(config, true);
    }

    @Override
    public String name() {
        return transliterated ? "Duke 1.2 + ICU Any-Latin" : "Duke 1.2";
    }

    @Override
    public void index(List<PersonRecord> records) {
        for (var record : records) {
            database.index(toDuke(record));
        }
        database.commit();
    }

    @Override
    public List<Answer> match(PersonRecord query) {
        Record q = toDuke(query);
        var answers = new ArrayList<Answer>();
        for (Record candidate : database.findCandidateMatches(q)) {
            double confidence = processor.compare(q, candidate);
            if (confidence > MAYBE_THRESHOLD) {
                answers.add(new Answer(candidate.getValue(ID), confidence, confidence > THRESHOLD));
            }
        }
        answers.sort((a, b) -> Double.compare(b.score(), a.score()));
        return answers.size() > 5 ? List.copyOf(answers.subList(0, 5)) : answers;
    }

    private Record toDuke(PersonRecord p) {
        var r = new RecordImpl();
        r.addValue(ID, p.id());
        add(r, "GIVEN", TEXT, p.givenNames());
        add(r, "FAMILY", TEXT, p.familyName());
        add(r, "OTHER", TEXT, p.otherNames());
        add(r, "SEX", TEXT, p.sex() == PersonRecord.Sex.UNKNOWN ? null : p.sex().name());
        String date = p.birthDate().toString();
        add(r, "YEAR", YEAR, date);
        add(r, "MONTH", MONTH, date);
        add(r, "DAY", DAY, date);
        add(r, "PLACE", TEXT, p.birthPlace());
        add(r, "NATIONALITY", TEXT, p.nationality());
        add(r, "MOTHER", TEXT, p.motherName());
        add(r, "FATHER", TEXT, p.fatherName());
        return r;
    }

    private void add(RecordImpl r, String property, Cleaner cleaner, String raw) {
        if (raw == null || raw.isBlank()) {
            return;
        }
        String text = transliterated && cleaner == TEXT ? LATIN.get().transliterate(raw.strip()) : raw.strip();
        String value = cleaner.clean(text);
        if (value != null && !value.isEmpty()) {
            r.addValue(property, value);
        }
    }

    private static PropertyImpl property(String name, no.priv.garshol.duke.Comparator comparator, double low,
                                         double high, Property.Lookup lookup) {
        var property = new PropertyImpl(name, comparator, low, high);
        property.setLookupBehaviour(lookup);
        return property;
    }

    private static RegexpCleaner regexp(String regexp) {
        var cleaner = new RegexpCleaner();
        cleaner.setRegexp(regexp);
        return cleaner;
    }

    @Override
    public void close() {
        processor.close();
    }
}
