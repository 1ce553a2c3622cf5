        # --- Asylum Trends (installer/linux/deb/prerm-remove.sh): the icons postinst installed.
        for size in 16 32 48 64 128 256 512; do
            rm -f "/usr/share/icons/hicolor/${size}x${size}/apps/asylum-trends.png"
        done
        if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f /usr/share/icons/hicolor/index.theme ]; then
            gtk-update-icon-cache -q -f /usr/share/icons/hicolor || true
        fi
        # --- end Asylum Trends
