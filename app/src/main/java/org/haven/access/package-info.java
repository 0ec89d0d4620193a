/**
 * Users, roles, sign-in (password, second factor, API tokens) and the security policy of the web
 * application and the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package org.haven.access;
