package org.haven;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ModuleStructureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(HavenApplication.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.haven");

    @Test
    void modules_only_use_each_others_published_types_and_have_no_cycles() {
        MODULES.verify();
    }

    @Test
    void no_module_reaches_into_another_modules_web_or_api_package() {
        for (String module : MODULES.stream().map(m -> m.getBasePackage().getName()
                .substring("org.haven.".length())).toList()) {
            noClasses().that().resideOutsideOfPackage("org.haven." + module + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "org.haven." + module + ".web..", "org.haven." + module + ".api..")
                    .because("a module's controllers and views are its own internals")
                    .check(CLASSES);
        }
    }

    @Test
    void controllers_live_in_web_or_api_packages_and_api_controllers_only_in_api() {
        classes().that().areAnnotatedWith(Controller.class)
                .should().resideInAnyPackage("..web..")
                .check(CLASSES);
        classes().that().areAnnotatedWith(RestController.class)
                .should().resideInAnyPackage("..api..")
                .check(CLASSES);
    }

    @Test
    void the_linkage_engine_stays_free_of_spring() {
        noClasses().that().resideInAPackage("org.haven.linkage..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(new ClassFileImporter().importPackages("org.haven.linkage"));
        slices().matching("org.haven.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void module_documentation_is_written() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
