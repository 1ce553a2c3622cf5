        # --- Asylum Trends (installer/linux/deb/prerm-remove.sh): the icons postinst installed.
        for size in 16 32 48 64 128 256 512; do
            rm -f "/usr/share/icons/hicolor/${size}x${size}/apps/asylum-trends.png"
        done
        if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f /usr/share/icons/hicolor/index.theme ]; then
            gtk-update-icon-cache -q -f /usr/share/icons/hicolor || true
        fi
        # The command and the view MIME type postinst added (the link only if it is still ours).
        if [ "$(readlink /usr/bin/asylum-trends 2>/dev/null)" = "/opt/asylum-trends/bin/Asylum Trends" ]; then
            rm -f /usr/bin/asylum-trends
        fi
        rm -f /usr/share/mime/packages/asylum-trends.xml
        if command -v update-mime-database >/dev/null 2>&1; then
            update-mime-database /usr/share/mime >/dev/null 2>&1 || true
        fi
        # The start-up cache postinst made (dpkg does not know the file).
        rm -f /opt/asylum-trends/lib/app/asylum-trends.aot /opt/asylum-trends/lib/app/asylum-trends.aot.config
        # --- end Asylum Trends
