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
        # --- end Asylum Trends
