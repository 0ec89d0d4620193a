package org.haven.person;

/** Completed years of age, lowest and highest possible given how precisely the birth date is known. */
public record AgeRange(int youngest, int oldest) {

    public boolean isExact() {
        return youngest == oldest;
    }
}
