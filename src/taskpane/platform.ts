/**
 * The place the pane runs in, without React (the ribbon's function file uses it too): the day by
 * the user's clock, downloads, the clipboard. environment.tsx puts it into context.
 */
import type { Iso } from "../domain/dates";

/** Whether the pane can hand the user a file (a Blob behind a download link). */
export type DownloadSupport = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

/** The clipboard calls the pane uses; navigator.clipboard in a browser, a fake in tests. */
export interface ClipboardWriter {
  write(items: ClipboardItem[]): Promise<void>;
}

/**
 * What the pane needs of the place it runs in, besides the workbook: Excel or the preview page,
 * the day (the pane reads the clock; the engine never does), the active sheet, downloads and
 * the clipboard. index.tsx and the preview build it; tests inject their own.
 */
export interface PaneEnvironment {
  readonly surface: "excel" | "preview";
  /** Today, ISO, by the user's clock. */
  readonly today: () => Iso;
  /** The active worksheet's name (inside Excel). */
  readonly activeSheet?: () => Promise<string | null>;
  readonly downloads: DownloadSupport;
  /** Null where there is no async clipboard (or it is blocked by the frame's permissions policy). */
  readonly clipboard: ClipboardWriter | null;
}

/** Today by the local clock, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): Iso {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

interface PermissionsPolicyLike {
  allowsFeature(feature: string): boolean;
}

/**
 * navigator.clipboard when this frame may use it. Excel on the web runs add-ins in a frame
 * without the clipboard-write permission: the API exists there but always rejects, so it is
 * not offered (the pane goes straight to its fallbacks).
 */
export function browserClipboard(): ClipboardWriter | null {
  if (typeof navigator === "undefined" || !navigator.clipboard || typeof navigator.clipboard.write !== "function") return null;
  if (typeof ClipboardItem === "undefined") return null;
  const doc = document as Document & { permissionsPolicy?: PermissionsPolicyLike; featurePolicy?: PermissionsPolicyLike };
  const policy = doc.permissionsPolicy ?? doc.featurePolicy;
  if (policy && typeof policy.allowsFeature === "function" && !policy.allowsFeature("clipboard-write")) return null;
  return navigator.clipboard;
}
