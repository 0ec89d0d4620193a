/**
 * Shared kernel: layout, i18n, error handling, the embedded database and common types.
 * Every module may use it; it uses no module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.haven.platform;
