package dk.samskabelse.journal.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;

/**
 * The package rules of docs/architecture.md ("Package rules", in prose), checked on the compiled main classes. Each rule names the
 * only journal packages a package may use (anything outside the journal, Spring, Axon, the JDK, is free):
 * <pre>
 *   api          nothing (the contract: commands, events, value types, metadata keys)
 *   support      nothing (framework-level helpers every layer may use)
 *   personaldata api
 *   command      api, personaldata
 *   query        api, personaldata, support; its feature packages free of cycles
 *   config       api, support (wiring and settings below the features; it knows none of them)
 *   audit        api, config
 *   security     api, audit, config, support
 *   demo         api, config, security
 *   web          api, query, personaldata, audit, security, config, support (never command or demo)
 * </pre>
 * Nothing depends on web or demo, so neither appears in another package's list.
 */
@AnalyzeClasses(packages = ArchitectureTest.JOURNAL, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String JOURNAL = "dk.samskabelse.journal";

    private static final String API = JOURNAL + ".api..";
    private static final String SUPPORT = JOURNAL + ".support..";
    private static final String PERSONAL_DATA = JOURNAL + ".personaldata..";
    private static final String COMMAND = JOURNAL + ".command..";
    private static final String QUERY = JOURNAL + ".query..";
    private static final String CONFIG = JOURNAL + ".config..";
    private static final String AUDIT = JOURNAL + ".audit..";
    private static final String SECURITY = JOURNAL + ".security..";
    private static final String DEMO = JOURNAL + ".demo..";
    private static final String WEB = JOURNAL + ".web..";

    @ArchTest
    static final ArchRule api_is_the_contract_and_depends_on_nothing_of_the_journal = mayOnlyUse(API);

    @ArchTest
    static final ArchRule support_depends_on_nothing_of_the_journal = mayOnlyUse(SUPPORT);

    @ArchTest
    static final ArchRule personal_data_register_uses_only_the_contract = mayOnlyUse(PERSONAL_DATA, API);

    @ArchTest
    static final ArchRule command_side_uses_only_the_contract_and_the_personal_data_register =
            mayOnlyUse(COMMAND, API, PERSONAL_DATA);

    @ArchTest
    static final ArchRule query_side_knows_neither_the_command_side_nor_the_outer_layers =
            mayOnlyUse(QUERY, API, PERSONAL_DATA, SUPPORT);

    @ArchTest
    static final ArchRule config_knows_no_feature = mayOnlyUse(CONFIG, API, SUPPORT);

    @ArchTest
    static final ArchRule audit_is_independent_of_web_and_security = mayOnlyUse(AUDIT, API, CONFIG);

    @ArchTest
    static final ArchRule security_does_not_read_demo_data = mayOnlyUse(SECURITY, API, AUDIT, CONFIG, SUPPORT);

    @ArchTest
    static final ArchRule demo_writes_through_the_contract = mayOnlyUse(DEMO, API, CONFIG, SECURITY);

    @ArchTest
    static final ArchRule web_uses_the_read_side_and_sends_commands_only_through_the_contract =
            mayOnlyUse(WEB, API, QUERY, PERSONAL_DATA, AUDIT, SECURITY, CONFIG, SUPPORT);

    @ArchTest
    static final ArchRule query_features_are_free_of_cycles =
            slices().matching(JOURNAL + ".query.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule web_features_are_free_of_cycles =
            slices().matching(JOURNAL + ".web.(*)..").should().beFreeOfCycles();

    /** Classes of {@code pkg} use, of the journal, only classes of {@code pkg} itself and of {@code allowed}. */
    private static ArchRule mayOnlyUse(String pkg, String... allowed) {
        String[] own = Arrays.copyOf(allowed, allowed.length + 1);
        own[allowed.length] = pkg;
        DescribedPredicate<JavaClass> permitted =
                resideOutsideOfPackage(JOURNAL + "..").or(resideInAnyPackage(own));
        return classes()
                .that()
                .resideInAPackage(pkg)
                .should()
                .onlyDependOnClassesThat(permitted.as("outside the journal or in " + String.join(", ", own)));
    }
}
