package org.haven.intake;

import org.springframework.data.relational.core.mapping.Table;

@Table("intake_referral_indicator")
record ReferredIndicator(String code) {
}
