import * as React from "react";
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Relative luminance (0 black … 1 white) of a "#RRGGBB" colour; null when it is not one. */
export function luminance(hex: string | undefined | null): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex?.trim() ?? "");
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h ?? "0", 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark when Office's task-pane background is dark (the Black and Dark Gray Office themes). */
export function themeForOffice(officeTheme: { readonly bodyBackgroundColor?: string } | undefined): Theme {
  const l = luminance(officeTheme?.bodyBackgroundColor);
  return l !== null && l < 0.4 ? webDarkTheme : webLightTheme;
}

const DARK_QUERY = "(prefers-color-scheme: dark)";

/** Light or dark following the browser (the preview page, and the task pane outside Excel). */
export function useSystemTheme(): Theme {
  const query = React.useMemo(() => (typeof window !== "undefined" && window.matchMedia ? window.matchMedia(DARK_QUERY) : null), []);
  const [dark, setDark] = React.useState(() => query?.matches ?? false);
  React.useEffect(() => {
    if (!query) return undefined;
    const onChange = (e: MediaQueryListEvent): void => setDark(e.matches);
    query.addEventListener("change", onChange);
    return () => query.removeEventListener("change", onChange);
  }, [query]);
  return dark ? webDarkTheme : webLightTheme;
}
