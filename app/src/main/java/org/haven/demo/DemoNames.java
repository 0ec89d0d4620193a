package org.haven.demo;

import java.util.List;

/** Synthetic names in Latin, Cyrillic and Arabic script, as children in the region may carry them. */
final class DemoNames {

    record NamePool(String script, List<String> girls, List<String> boys, List<String> families,
                    List<String> nationalities, List<String> languages) {
    }

    static final List<NamePool> POOLS = List.of(
            new NamePool("Latn",
                    List.of("Ana", "Ioana", "Elena", "Maria", "Roxana", "Denisa", "Bianca", "Alina"),
                    List.of("Ion", "Florin", "Marius", "Andrei", "Gabriel", "Nicolae", "Adrian", "Dorin"),
                    List.of("Popescu", "Stoica", "Dumitru", "Lăcătuș", "Rădulescu", "Constantin", "Moldovan", "Căldăraru"),
                    List.of("RO"), List.of("ro", "rom")),
            new NamePool("Latn",
                    List.of("Gabija", "Austėja", "Ugnė", "Emilija", "Kamilė", "Ieva"),
                    List.of("Lukas", "Matas", "Jokūbas", "Dominykas", "Nojus", "Mantas"),
                    List.of("Kazlauskas", "Jankauskas", "Petrauskas", "Stankevičius", "Vasiliauskas", "Žukauskas"),
                    List.of("LT"), List.of("lt", "ru")),
            new NamePool("Latn",
                    List.of("Zuzanna", "Julia", "Maja", "Zofia", "Hanna", "Oliwia"),
                    List.of("Jakub", "Kacper", "Szymon", "Filip", "Mateusz", "Bartłomiej"),
                    List.of("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Łukasiewicz"),
                    List.of("PL"), List.of("pl")),
            new NamePool("Latn",
                    List.of("Linh", "Thu", "Mai", "Hoa"),
                    List.of("Minh", "Duc", "Tuan", "Quang"),
                    List.of("Nguyen", "Tran", "Le", "Pham", "Hoang"),
                    List.of("VN"), List.of("vi")),
            new NamePool("Cyrl",
                    List.of("Анастасия", "Мария", "Дарья", "Виктория", "Полина", "Алина"),
                    List.of("Иван", "Дмитрий", "Артём", "Максим", "Никита", "Кирилл"),
                    List.of("Петров", "Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов"),
                    List.of("RU", "BY"), List.of("ru")),
            new NamePool("Cyrl",
                    List.of("Олена", "Оксана", "Софія", "Ірина", "Дарина"),
                    List.of("Олександр", "Богдан", "Тарас", "Андрій", "Назар"),
                    List.of("Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Мельник"),
                    List.of("UA"), List.of("uk", "ru")),
            new NamePool("Cyrl",
                    List.of("Мария", "Йорданка", "Десислава", "Радостина"),
                    List.of("Георги", "Димитър", "Стоян", "Асен"),
                    List.of("Иванов", "Георгиев", "Димитров", "Асенов"),
                    List.of("BG"), List.of("bg", "rom")),
            new NamePool("Arab",
                    List.of("فاطمة", "مريم", "زينب", "آمنة", "نور", "سارة"),
                    List.of("محمد", "أحمد", "يوسف", "عمر", "علي", "خالد"),
                    List.of("الحسن", "العلي", "حداد", "الخطيب", "منصور", "السيد"),
                    List.of("SY", "MA", "IQ", "DZ"), List.of("ar")),
            new NamePool("Arab",
                    List.of("زهرا", "مریم", "فاطمه"),
                    List.of("احمد", "محمود", "رحیم", "نوید"),
                    List.of("احمدی", "رحیمی", "کریمی", "حسینی"),
                    List.of("AF"), List.of("fa", "ps")));

    static final List<String> SUMMARIES = List.of(
            "Found by police at a shopping centre with two other children; an adult collected the goods they took.",
            "Reported by school: long absences, says she works nights at a relative's restaurant.",
            "Begging outside the central station every day in any weather; the same adult drops off and picks up.",
            "Arrived unaccompanied at the border; documents held by the travelling adult who calls himself an uncle.",
            "Arrested for pickpocketing in several cities in the last month; does not know his address.",
            "Outreach NGO met her near the harbour late at night; signs of control and a debt she must pay back.",
            "Ran away from a reception centre within a day of arrival; found again after two weeks.",
            "Referred by health service after an injury; explanation inconsistent, adult spoke for the child.",
            "Hotline report: child seen selling flowers in bars after midnight, always with the same man.",
            "Police contact in another country a year ago for shoplifting cosmetics to order.");

    private DemoNames() {
    }
}
