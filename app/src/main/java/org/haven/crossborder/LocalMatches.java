package org.haven.crossborder;

import org.haven.access.SignedInUser;
import org.haven.linkage.BirthDate;
import org.haven.linkage.PersonRecord;
import org.haven.matching.PossibleMatches;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** The children known here who may be the child an incoming request is about (the linkage engine). */
@Component
public class LocalMatches {

    private final PossibleMatches matches;

    LocalMatches(PossibleMatches matches) {
        this.matches = matches;
    }

    public List<PossibleMatches.LocalMatch> of(SignedInUser user, CrossBorderRequest request) {
        var child = request.child();
        return matches.whoMayThisBe(user, new PersonRecord(request.id().toString(), text(child, ChildField.GIVEN_NAMES),
                text(child, ChildField.FAMILY_NAME), text(child, ChildField.ALIASES), sex(text(child, ChildField.SEX)),
                birthDate(text(child, ChildField.DATE_OF_BIRTH)), null, text(child, ChildField.NATIONALITY), null, null));
    }

    private static String text(Map<String, Object> child, ChildField field) {
        Object value = child.get(field.name());
        if (value instanceof List<?> list) {
            return String.join(" ", list.stream().map(String::valueOf).toList());
        }
        return value == null ? null : value.toString();
    }

    private static PersonRecord.Sex sex(String sex) {
        return "FEMALE".equals(sex) ? PersonRecord.Sex.FEMALE : "MALE".equals(sex) ? PersonRecord.Sex.MALE : PersonRecord.Sex.UNKNOWN;
    }

    /** 2011-04-12, 2011-04 and 2011 as they are; a range of years 2009/2012 as its middle year. */
    static BirthDate birthDate(String text) {
        if (text == null) {
            return BirthDate.UNKNOWN;
        }
        int slash = text.indexOf('/');
        if (slash == 4 && text.length() == 9) {
            try {
                return new BirthDate((Integer.parseInt(text.substring(0, 4)) + Integer.parseInt(text.substring(5))) / 2, 0, 0);
            } catch (IllegalArgumentException e) {
                return BirthDate.UNKNOWN;
            }
        }
        return BirthDate.parse(text).orElse(BirthDate.UNKNOWN);
    }
}
