package org.haven.crossborder;

/** Why a request may carry a child's data across a border; no request leaves without one. */
public enum LegalBasis {
    /** Brussels IIb (Regulation 2019/1111), cooperation between central authorities. */
    BRUSSELS_IIB,
    /** The 1996 Hague Child Protection Convention, articles 30 to 37. */
    HAGUE_1996,
    /** The EU Anti-Trafficking Directive 2011/36/EU, as amended by 2024/1712. */
    ANTI_TRAFFICKING_DIRECTIVE,
    /** A bilateral agreement or memorandum between the two countries. */
    BILATERAL_AGREEMENT,
    /** Vital interests of the child (GDPR art. 6(1)(d) and 9(2)(c)), when nothing else applies in time. */
    VITAL_INTERESTS
}
