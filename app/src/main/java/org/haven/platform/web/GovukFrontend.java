package org.haven.platform.web;

/** The GOV.UK Frontend WebJar in use; kept in step with the version in the parent POM. */
final class GovukFrontend {

    static final String VERSION = "5.11.0";

    private GovukFrontend() {
    }
}
