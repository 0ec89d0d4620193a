package org.haven.linkage;

import java.util.Arrays;

/** A growable list of ints, for posting lists that would cost four times as much boxed. */
final class IntList {

    /** No ints; not to be added to. */
    static final IntList EMPTY = new IntList(new int[0], 0);

    private int[] values;
    private int size;

    IntList() {
        this(new int[2], 0);
    }

    private IntList(int[] values, int size) {
        this.values = values;
        this.size = size;
    }

    static IntList of(int value) {
        return new IntList(new int[] {value}, 1);
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    /** Removes one occurrence; order is not kept. */
    boolean remove(int value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                values[i] = values[--size];
                return true;
            }
        }
        return false;
    }

    int size() {
        return size;
    }

    int get(int index) {
        return values[index];
    }
}
