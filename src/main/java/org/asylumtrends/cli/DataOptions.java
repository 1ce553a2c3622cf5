package org.asylumtrends.cli;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.DataFormatException;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.InputFiles;
import org.asylumtrends.data.LoadMonitor;
import org.asylumtrends.text.Messages;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options every data command shares: which files to read. */
final class DataOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--file", paramLabel = "F",
            descriptionKey = "option.file")
    List<Path> files = new ArrayList<>();

    AsylumDataset load() throws CommandFailure {
        try {
            if (files.isEmpty()) {
                return DatasetLoader.loadBundled();
            }
            for (Path f : files) {
                InputFiles.checkReadable(f);
            }
            AsylumDataset data = DatasetLoader.load(files, LoadMonitor.NONE);
            // The load summary, as the window's status bar gives it: on stderr, so that stdout stays the table.
            if (spec != null) {
                data.metadata().notes().forEach(n -> spec.commandLine().getErr().println("asylum-trends: " + Messages.format("cli.note", Messages.describe(n))));
            }
            return data;
        } catch (DataFormatException e) {
            throw new CommandFailure(Messages.describe(e));
        } catch (FileSystemException e) {
            throw new CommandFailure(e.getFile() == null ? Messages.format("cli.cannotRead", e.getMessage())
                    : Messages.describe(InputFiles.unreadable(Path.of(e.getFile()), e)));
        } catch (java.io.IOException e) {
            throw CommandFailure.of("cli.cannotRead", e.getMessage());
        }
    }
}
