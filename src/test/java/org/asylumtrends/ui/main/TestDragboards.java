package org.asylumtrends.ui.main;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.io.File;
import java.util.List;
import java.util.Set;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

/** A dragboard holding files, for firing a drop event without a real drag (no public way to make one). */
final class TestDragboards {
    private TestDragboards() {
    }

    static Dragboard withFiles(List<File> files) {
        TKClipboard peer = new TKClipboard() {

            @Override
            public Set<DataFormat> getContentTypes() {
                return Set.of(DataFormat.FILES);
            }

            @Override
            public boolean putContent(Pair<DataFormat, Object>... content) {
                return false;
            }

            @Override
            public Object getContent(DataFormat dataFormat) {
                return DataFormat.FILES.equals(dataFormat) ? files : null;
            }

            @Override
            public boolean hasContent(DataFormat dataFormat) {
                return DataFormat.FILES.equals(dataFormat);
            }

            @Override
            public Set<TransferMode> getTransferModes() {
                return Set.of(TransferMode.COPY);
            }

            @Override
            public void setDragView(Image image) {
            }

            @Override
            public void setDragViewOffsetX(double offsetX) {
            }

            @Override
            public void setDragViewOffsetY(double offsetY) {
            }

            @Override
            public Image getDragView() {
                return null;
            }

            @Override
            public double getDragViewOffsetX() {
                return 0;
            }

            @Override
            public double getDragViewOffsetY() {
                return 0;
            }
        };
        return DragboardHelper.createDragboard(peer);
    }

}
