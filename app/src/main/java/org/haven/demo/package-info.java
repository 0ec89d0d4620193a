/**
 * Demo mode: on first start with an empty embedded database, a clearly synthetic data set made
 * through the other modules' own services. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.haven.demo;
