/**
 * Best interests and durable solutions: the best-interests assessment (UN CRC General Comment 14),
 * the determination by a multidisciplinary panel, the guard on contact with the country of origin,
 * return plans that cannot be approved without the checks that protect the child, and monitoring
 * after a return.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Best interests")
package org.haven.bestinterests;
