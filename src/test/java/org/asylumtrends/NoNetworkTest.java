package org.asylumtrends;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * The app works offline and never phones home: people who study asylum statistics may not want anyone to know
 * what they open. No class of the app touches a socket, an HTTP client or a URL connection. (What this cannot
 * see - a library doing it - is covered by bench/no-network-check.sh, which runs the jar without a network.)
 */
class NoNetworkTest {
    static ArchRule noNetworkIn(String packages) {
        return noClasses().that().resideInAPackage(packages)
                .should().dependOnClassesThat().belongToAnyOf(java.net.Socket.class, java.net.ServerSocket.class,
                        java.net.DatagramSocket.class, java.net.URLConnection.class, java.net.HttpURLConnection.class,
                        java.net.http.HttpClient.class, java.nio.channels.SocketChannel.class,
                        java.nio.channels.ServerSocketChannel.class, java.nio.channels.DatagramChannel.class)
                .orShould().callMethod(URL.class, "openConnection")
                .orShould().callMethod(URL.class, "openStream")
                .because("the app must work offline and must not reveal what its user looks at");
    }

    @Test
    void noClassOfTheAppOpensANetworkConnection() {
        JavaClasses production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.asylumtrends");
        noNetworkIn("org.asylumtrends..").check(production);
    }

    @Test
    void theRuleCatchesAnOffender() {
        JavaClasses offender = new ClassFileImporter().importClasses(UpdateChecker.class);
        assertThat(noNetworkIn("org.asylumtrends..").evaluate(offender).hasViolation()).isTrue();
    }

    /** What the rule forbids. */
    static final class UpdateChecker {
        byte[] latestVersion() throws IOException {
            try (InputStream in = new URL("https://example.org/latest").openStream()) {
                return in.readAllBytes();
            }
        }
    }
}
