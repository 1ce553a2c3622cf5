package org.asylumtrends;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers apart: the data and text layers run without JavaFX (the command line and tests use them
 * headless); the UI does no file I/O of its own (reading and writing go through the data and export layers, off
 * the FX thread); dependencies point down only: no cycle between the top-level packages nor between the screens
 * in {@code ui}, and the chart components and the exporter never reach up into a screen.
 */
class ArchitectureTest {
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.asylumtrends");
    }

    static ArchRule noJavaFxIn(String packages) {
        return noClasses().that().resideInAPackage(packages)
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the data layer must work without a display, for the command line and the tests");
    }

    static ArchRule noFileIoIn(String packages) {
        return noClasses().that().resideInAPackage(packages)
                .should().dependOnClassesThat().belongToAnyOf(Files.class, FileInputStream.class,
                        FileOutputStream.class, FileReader.class, FileWriter.class)
                .because("views bind and delegate; files are read and written by the data and export layers");
    }

    static ArchRule noCyclesBetween(String slicePattern) {
        return slices().matching(slicePattern).should().beFreeOfCycles()
                .because("dependencies point down only: a cycle ties packages together so neither can change alone");
    }

    static ArchRule noScreensIn(String packages) {
        return noClasses().that().resideInAPackage(packages)
                .should().dependOnClassesThat().resideInAPackage("org.asylumtrends.ui..")
                .because("the chart components and the exporter serve every screen and the command line alike");
    }

    @Test
    void dataLayerDoesNotUseJavaFx() {
        noJavaFxIn("org.asylumtrends.data..").check(production);
    }

    @Test
    void textLayerDoesNotUseJavaFx() {
        noJavaFxIn("org.asylumtrends.text..").check(production);
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        noCyclesBetween("org.asylumtrends.(*)..").check(production);
    }

    @Test
    void screensHaveNoCycles() {
        noCyclesBetween("org.asylumtrends.ui.(*)..").check(production);
    }

    @Test
    void chartsAndExportKnowNoScreen() {
        noScreensIn("org.asylumtrends.chart..").check(production);
        noScreensIn("org.asylumtrends.export..").check(production);
    }

    @Test
    void uiDoesNoFileIo() {
        noFileIoIn("org.asylumtrends.ui..").check(production);
    }

    @Test
    void theRulesCatchOffenders() {
        JavaClasses offenders = new ClassFileImporter().importClasses(FileReadingView.class, FxRecord.class);

        assertThat(noFileIoIn("org.asylumtrends..").evaluate(offenders).hasViolation()).isTrue();
        assertThat(noJavaFxIn("org.asylumtrends..").evaluate(offenders).hasViolation()).isTrue();
    }

    @Test
    void theCycleAndLayerRulesCatchOffenders() {
        JavaClasses cycle = new ClassFileImporter().importPackages("org.asylumtrends.archfixture");

        assertThat(noCyclesBetween("org.asylumtrends.archfixture.(*)..").evaluate(cycle).hasViolation()).isTrue();
        JavaClasses chartUsingAScreen = new ClassFileImporter().importClasses(ChartThatKnowsAScreen.class,
                org.asylumtrends.ui.WindowPlacement.class);
        assertThat(noScreensIn("org.asylumtrends..").evaluate(chartUsingAScreen).hasViolation()).isTrue();
    }

    /** What {@link #chartsAndExportKnowNoScreen()} forbids: a chart component that reaches into a screen. */
    static final class ChartThatKnowsAScreen {
        Object place() {
            return org.asylumtrends.ui.WindowPlacement.class;
        }
    }

    /** What {@link #uiDoesNoFileIo()} forbids. */
    static final class FileReadingView {
        String load(Path file) throws IOException {
            return Files.readString(file);
        }
    }

    /** What {@link #dataLayerDoesNotUseJavaFx()} forbids. */
    static final class FxRecord {
        final SimpleStringProperty name = new SimpleStringProperty();
    }
}
