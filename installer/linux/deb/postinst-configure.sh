        # --- Asylum Trends (installer/linux/deb/postinst-configure.sh), run before the menu entry is added.
        # On minimal systems xdg-desktop-menu fails ("No writable system menu directory found")
        # unless this directory exists.
        mkdir -p /usr/share/desktop-directories
        # Themed icons in every size, for Icon=asylum-trends in the .desktop file.
        for png in /opt/asylum-trends/lib/app/icons/asylum-trends-*.png; do
            [ -f "$png" ] || continue
            size=${png##*-}; size=${size%.png}
            install -D -m 644 "$png" "/usr/share/icons/hicolor/${size}x${size}/apps/asylum-trends.png"
        done
        touch /usr/share/icons/hicolor 2>/dev/null || true
        if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f /usr/share/icons/hicolor/index.theme ]; then
            gtk-update-icon-cache -q -f /usr/share/icons/hicolor || true
        fi
        # Saved views (.atview) as a MIME type of their own, so that the menu entry (MimeType=) opens them on a
        # double-click; CSV files are text/csv already.
        install -d /usr/share/mime/packages
        cat > /usr/share/mime/packages/asylum-trends.xml <<'MIME'
<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/x-asylum-trends-view">
    <comment>Asylum Trends view</comment>
    <glob pattern="*.atview"/>
  </mime-type>
</mime-info>
MIME
        if command -v update-mime-database >/dev/null 2>&1; then
            update-mime-database /usr/share/mime >/dev/null 2>&1 || true
        fi
        # A command on the PATH: asylum-trends, asylum-trends export --view v.atview --out v.png, ...
        if [ ! -e /usr/bin/asylum-trends ] || [ -L /usr/bin/asylum-trends ]; then
            ln -sf "/opt/asylum-trends/bin/Asylum Trends" /usr/bin/asylum-trends
        fi
        # Start-up cache (JDK 25 AOT cache, about 44 MB): one training run of the app on JavaFX's headless platform
        # (no display needed), with the class path the launcher uses. If it fails the app starts without it.
        aot=/opt/asylum-trends/lib/app/asylum-trends.aot
        rm -f "$aot" "$aot.config"
        if [ -x /opt/asylum-trends/lib/runtime/bin/java ]; then
            train_home="$(mktemp -d)"
            # The launcher's own JVM options (jpackage-common.txt), so the cache matches the runs that use it.
            if timeout 180 /opt/asylum-trends/lib/runtime/bin/java -XX:AOTCacheOutput="$aot" -Xlog:aot=off -Xlog:cds=off \
                    --enable-native-access=ALL-UNNAMED \
                    -Dfile.encoding=UTF-8 -Dglass.platform=Headless -Dprism.order=sw -Djava.awt.headless=true \
                    -Duser.home="$train_home" -Djava.util.prefs.userRoot="$train_home/prefs" \
                    -cp /opt/asylum-trends/lib/app/asylum-trends.jar org.asylumtrends.Launcher --smoke-test \
                    >/dev/null 2>&1 && [ -s "$aot" ]; then
                chmod 644 "$aot"
            else
                echo "asylum-trends: could not make the start-up cache; the app starts without it" >&2
                rm -f "$aot"
            fi
            rm -f "$aot.config"
            rm -rf "$train_home"
        fi
        # --- end Asylum Trends
