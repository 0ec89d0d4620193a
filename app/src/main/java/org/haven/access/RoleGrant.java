package org.haven.access;

import org.springframework.data.relational.core.mapping.Table;

@Table("access_user_role")
record RoleGrant(Role role) {
}
