package org.haven.bench.synth;

import java.util.List;

/**
 * The populations of children the generator draws: their share of the records, nationalities,
 * places of birth (as written there, then in Latin letters), how often a record keeps the name in
 * its own script, how many carry a common family name, and how names are ordered.
 */
enum Population {
    RUSSIAN("russian", 10, List.of("RU"), 0.35, 0.3, 0.6, Order.GIVEN_FAMILY,
            "Москва|Moskva|Moscow", "Санкт-Петербург|Sankt-Peterburg|Saint Petersburg", "Калининград|Kaliningrad",
            "Псков|Pskov", "Новосибирск|Novosibirsk"),
    UKRAINIAN("ukrainian", 12, List.of("UA"), 0.35, 0.25, 0.6, Order.GIVEN_FAMILY,
            "Київ|Kyiv|Kiev", "Одеса|Odesa|Odessa", "Харків|Kharkiv|Kharkov", "Дніпро|Dnipro", "Львів|Lviv|Lwow"),
    LITHUANIAN("lithuanian", 4, List.of("LT"), 0.6, 0.3, 0.6, Order.GIVEN_FAMILY,
            "Vilnius", "Kaunas", "Klaipėda|Klaipeda", "Šiauliai|Siauliai"),
    LATVIAN("latvian", 3, List.of("LV"), 0.6, 0.35, 0.6, Order.GIVEN_FAMILY,
            "Rīga|Riga", "Daugavpils", "Liepāja|Liepaja", "Jelgava"),
    ESTONIAN("estonian", 2, List.of("EE"), 0.6, 1.0, 0.6, Order.GIVEN_FAMILY, "Tallinn", "Tartu", "Narva", "Pärnu|Parnu"),
    POLISH("polish", 9, List.of("PL"), 0.6, 0.15, 0.6, Order.GIVEN_FAMILY,
            "Warszawa|Warsaw", "Kraków|Krakow|Cracow", "Łódź|Lodz", "Wrocław|Wroclaw", "Gdańsk|Gdansk"),
    ROMANIAN("romanian", 9, List.of("RO", "MD"), 0.6, 0.3, 0.6, Order.GIVEN_FAMILY,
            "București|Bucuresti|Bucharest", "Iași|Iasi", "Constanța|Constanta", "Chișinău|Chisinau", "Craiova"),
    ROMA("roma", 8, List.of("RO", "SK", "HU", "BG", "RS"), 0.6, 1.0, 0.9, Order.GIVEN_FAMILY,
            "Košice|Kosice", "Miskolc", "Sliven", "Niš|Nis", "Constanța|Constanta", "Pleven"),
    VIETNAMESE("vietnamese", 7, List.of("VN"), 0.5, 1.0, 1.3, Order.VIETNAMESE,
            "Hà Nội|Ha Noi|Hanoi", "Nghệ An|Nghe An", "Hà Tĩnh|Ha Tinh", "Hải Phòng|Hai Phong", "Quảng Bình|Quang Binh"),
    MAGHREBI("maghrebi", 8, List.of("MA", "DZ"), 0.25, 0.4, 0.6, Order.GIVEN_FAMILY,
            "الدار البيضاء|Casablanca", "طنجة|Tanger|Tangier", "وهران|Oran", "الجزائر|Alger|Algiers", "فاس|Fes|Fez"),
    AFGHAN("afghan", 8, List.of("AF"), 0.25, 0.4, 0.6, Order.GIVEN_FAMILY,
            "کابل|Kabul", "هرات|Herat", "مزار شریف|Mazar-i-Sharif|Mazar-e Sharif", "قندهار|Kandahar|Qandahar",
            "جلال آباد|Jalalabad"),
    SYRIAN("syrian", 7, List.of("SY"), 0.25, 0.35, 0.6, Order.GIVEN_FAMILY,
            "دمشق|Damascus|Dimashq", "حلب|Aleppo|Halab", "حمص|Homs|Hims", "درعا|Daraa|Deraa", "إدلب|Idlib"),
    ERITREAN("eritrean", 5, List.of("ER"), 0.2, 1.0, 0.6, Order.PATRONYMIC,
            "ኣስመራ|Asmara|Asmera", "ከረን|Keren", "ምጽዋዕ|Massawa|Mitsiwa", "መንደፈራ|Mendefera"),
    NIGERIAN("nigerian", 4, List.of("NG"), 0.9, 1.0, 0.6, Order.GIVEN_FAMILY, "Benin City", "Lagos", "Edo", "Abuja"),
    ALBANIAN("albanian", 4, List.of("AL", "XK"), 0.6, 0.35, 0.6, Order.GIVEN_FAMILY,
            "Tiranë|Tirana", "Durrës|Durres", "Shkodër|Shkoder|Shkodra", "Prishtinë|Pristina|Prishtina");

    /** How the parts of a name are written: given then family; Vietnamese family, middle, given; Eritrean given, father, grandfather. */
    enum Order { GIVEN_FAMILY, VIETNAMESE, PATRONYMIC }

    final String key;
    final int weight;
    final List<String> nationalities;
    final double nativeScript;
    /**
     * The share of the population whose family name is one of the common ones in the name list
     * (about a hundred); the others carry rarer names made from given names (family-name-patterns.csv).
     * A rough figure, not a census one: 1 where the population has few family names (Vietnamese, Roma),
     * where none is made (Estonian, Nigerian) and for Eritrean children, who carry their father's name.
     */
    final double commonFamilyNames;
    /**
     * How skewed family names are in {@link NameSpread#WIDE}: the exponent of the rank in a name's
     * weight. Vietnamese 1.3 (Nguyễn is carried by about 38% of the people, Trần by 11%, Lê by 9.5%),
     * Roma 0.9 (a few names, such as Lakatos and Horváth, are very common), others 0.6.
     */
    final double familyNameSkew;
    final Order order;
    final List<NameBank.Name> places;

    Population(String key, int weight, List<String> nationalities, double nativeScript, double commonFamilyNames,
               double familyNameSkew, Order order, String... places) {
        this.key = key;
        this.weight = weight;
        this.nationalities = nationalities;
        this.nativeScript = nativeScript;
        this.commonFamilyNames = commonFamilyNames;
        this.familyNameSkew = familyNameSkew;
        this.order = order;
        this.places = java.util.Arrays.stream(places).map(p -> new NameBank.Name(List.of(p.split("\\|")), List.of()))
                .toList();
    }
}
