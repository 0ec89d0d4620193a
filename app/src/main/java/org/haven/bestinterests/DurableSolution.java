package org.haven.bestinterests;

/** The durable solutions a determination chooses between. */
public enum DurableSolution {
    LOCAL_INTEGRATION, RETURN_TO_FAMILY, RETURN_TO_CARE, THIRD_COUNTRY;

    public boolean isReturn() {
        return this == RETURN_TO_FAMILY || this == RETURN_TO_CARE;
    }
}
