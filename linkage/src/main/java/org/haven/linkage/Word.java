package org.haven.linkage;

/**
 * One word of a name as the matcher sees it: its Latin form, its consonant skeleton and the
 * skeleton of the full name it stands for when it is a diminutive ("sasha" stands for "aleksandr").
 */
record Word(String latin, String skeleton, String fullNameSkeleton) {

    static Word of(String latin, Nicknames nicknames) {
        String skeleton = NameForms.skeleton(latin);
        String fullName = nicknames.fullNameOf(latin);
        return new Word(latin, skeleton, fullName.equals(latin) ? skeleton : NameForms.skeleton(fullName));
    }

    boolean isDiminutive() {
        return !fullNameSkeleton.equals(skeleton);
    }
}
