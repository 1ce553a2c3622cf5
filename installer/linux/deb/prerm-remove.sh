        # --- Asylum Trends (installer/linux/deb/prerm-remove.sh): the icons postinst installed.
        for size in 16 32 48 64 128 256 512; do
            rm -f "/usr/share/icons/hicolor/${size}x${size}/apps/asylum-trends.png"
        done
        if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f /usr/share/icons/hicolor/index.theme ]; then
            gtk-update-icon-cache -q -f /usr/share/icons/hicolor || true
        fi
        # The start-up cache postinst made (dpkg does not know the file).
        rm -f /opt/asylum-trends/lib/app/asylum-trends.aot /opt/asylum-trends/lib/app/asylum-trends.aot.config
        # --- end Asylum Trends
