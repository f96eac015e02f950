/**
 * Rendering for task-pane tests (jsdom): the pane's providers, a fixed environment, and the
 * browser APIs Fluent uses that jsdom lacks.
 */
import * as React from "react";
import { render, type RenderResult } from "@testing-library/react";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { WorkbookHost } from "../plan/host";
import { EnvironmentProvider, type PaneEnvironment } from "./environment";
import { HostProvider } from "./host-context";
import { PaneStateProvider } from "./state/store";

class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

function readAsArrayBuffer(this: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(this);
  });
}

function readAsText(this: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(this);
  });
}

/** The day tests run on: the sample portfolio's As Of. */
export const TEST_TODAY = "2026-09-30";

/** A browser environment with a fixed day, downloads allowed and no clipboard. */
export function testEnvironment(overrides: Partial<PaneEnvironment> = {}): PaneEnvironment {
  return { surface: "preview", today: () => TEST_TODAY, downloads: { allowed: true }, clipboard: null, ...overrides };
}

export interface RenderInPaneOptions {
  readonly environment?: Partial<PaneEnvironment>;
}

/** Installs what Fluent and the pane need of a browser that jsdom does not have. */
export function installBrowserShims(): void {
  // MessageBar measures itself to decide when to wrap its actions.
  globalThis.ResizeObserver ??= NoopResizeObserver as unknown as typeof ResizeObserver;
  // jsdom's Blob (and File) has no arrayBuffer() nor text(); browsers all have them.
  if (typeof Blob !== "undefined" && typeof Blob.prototype.arrayBuffer !== "function") Blob.prototype.arrayBuffer = readAsArrayBuffer;
  if (typeof Blob !== "undefined" && typeof Blob.prototype.text !== "function") Blob.prototype.text = readAsText;
  // The .eml is UTF-8 through TextEncoder, which every browser has and jsdom does not.
  globalThis.TextEncoder ??= NodeTextEncoder as unknown as typeof TextEncoder;
  globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;
}

/** Renders UI as the pane does: Fluent's provider, the environment, the pane's state and the given workbook host. */
export function renderInPane(ui: React.ReactElement, host: WorkbookHost | null, options: RenderInPaneOptions = {}): RenderResult {
  installBrowserShims();
  return render(
    <FluentProvider theme={webLightTheme}>
      <EnvironmentProvider environment={testEnvironment(options.environment)}>
        <HostProvider host={host}>
          <PaneStateProvider>{ui}</PaneStateProvider>
        </HostProvider>
      </EnvironmentProvider>
    </FluentProvider>,
  );
}
