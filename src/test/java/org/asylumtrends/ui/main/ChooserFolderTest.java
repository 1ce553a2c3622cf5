package org.asylumtrends.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.stage.FileChooser;
import org.asylumtrends.ui.ChooserFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the app's file choosers open: the folder last saved to or opened from, on the next run too; before any, the
 * user's Documents (or home), never the working directory (the installed app's is its install folder or "/").
 */
class ChooserFolderTest {
    private static final String NODE = "asylumtrends-test-folders";
    private String home;

    @TempDir
    Path dir;

    @BeforeEach
    void isolate() throws Exception {
        home = System.getProperty("user.home");
        System.setProperty(AppPreferences.NODE_PROPERTY, NODE);
        Preferences.userRoot().node(NODE).removeNode();
    }

    @AfterEach
    void restore() throws Exception {
        System.setProperty("user.home", home);
        Preferences.userRoot().node(NODE).removeNode();
        System.clearProperty(AppPreferences.NODE_PROPERTY);
        ChooserFolder.keepWith(java.util.Optional::empty, f -> { });
    }

    /** The app at start: the folder kept in its preferences. */
    private static void startApp() {
        AppPreferences prefs = AppPreferences.open();
        ChooserFolder.keepWith(prefs::lastFolder, prefs::saveLastFolder);
    }

    @Test
    void aFirstChooserOpensInDocumentsOrHome() throws Exception {
        Path user = Files.createDirectory(dir.resolve("user"));
        System.setProperty("user.home", user.toString());
        startApp();
        assertThat(ChooserFolder.folder()).as("no Documents folder: home").contains(user);
        Path documents = Files.createDirectory(user.resolve("Documents"));
        assertThat(ChooserFolder.folder()).contains(documents);
        FileChooser chooser = ChooserFolder.startIn(new FileChooser());
        assertThat(chooser.getInitialDirectory()).isEqualTo(documents.toFile());
    }

    @Test
    void theFolderLastUsedIsWhereTheNextOpensOnTheNextRunTooUntilItIsGone() throws Exception {
        Path user = Files.createDirectories(dir.resolve("user/Documents")).getParent();
        System.setProperty("user.home", user.toString());
        Path figures = Files.createDirectory(dir.resolve("figures für 2024"));
        startApp();
        ChooserFolder.used(figures.resolve("asylum-seekers-china.png").toFile());
        assertThat(ChooserFolder.folder()).contains(figures);

        startApp(); // the next run
        assertThat(ChooserFolder.folder()).as("remembered between runs").contains(figures);
        assertThat(ChooserFolder.startIn(new FileChooser()).getInitialDirectory()).isEqualTo(figures.toFile());

        Files.delete(figures);
        assertThat(ChooserFolder.folder()).as("a folder deleted since: Documents").contains(user.resolve("Documents"));
        ChooserFolder.used(null); // a chooser cancelled changes nothing
        assertThat(ChooserFolder.folder()).contains(user.resolve("Documents"));
    }

    @Test
    void aStoredFolderThatIsNoLongerThereGivesDocuments() throws Exception {
        Path user = Files.createDirectories(dir.resolve("user/Documents")).getParent();
        System.setProperty("user.home", user.toString());
        Preferences.userRoot().node(NODE).put("lastFolder", dir.resolve("gone\u202e").toString());
        startApp();
        assertThat(ChooserFolder.folder()).contains(user.resolve("Documents"));
    }

    /** A stored path that is a file, or relative (the working directory's), is not a folder to open in. */
    @Test
    void aStoredFileOrRelativePathGivesDocuments() throws Exception {
        Path user = Files.createDirectories(dir.resolve("user/Documents")).getParent();
        System.setProperty("user.home", user.toString());
        for (String stored : List.of(Files.createFile(dir.resolve("figure.png")).toString(), "target", ".")) {
            Preferences.userRoot().node(NODE).put("lastFolder", stored);
            startApp();
            assertThat(ChooserFolder.folder()).as(stored).contains(user.resolve("Documents"));
        }
    }

    /** After an export the status bar names the file and its folder; the whole path is in its tooltip. */
    @Test
    void aSavedFigureIsNamedWithItsFolder() {
        assertThat(StatusBar.savedNotice(Path.of("/home/someone/Documents/asylum-seekers-CHN-2012-2024-figure.png")))
                .isEqualTo("Saved asylum-seekers-CHN-2012-2024-figure.png in Documents");
    }
}
