/**
 * Rendering for task-pane tests (jsdom): the pane's providers, and the browser APIs Fluent
 * uses that jsdom lacks.
 */
import * as React from "react";
import { render, type RenderResult } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { WorkbookHost } from "../plan/host";
import { HostProvider } from "./host-context";

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

/** Renders UI as the pane does: Fluent's provider and the given workbook host. */
export function renderInPane(ui: React.ReactElement, host: WorkbookHost | null): RenderResult {
  // MessageBar measures itself to decide when to wrap its actions.
  globalThis.ResizeObserver ??= NoopResizeObserver as unknown as typeof ResizeObserver;
  // jsdom's Blob (and File) has no arrayBuffer(); browsers all have it.
  if (typeof Blob !== "undefined" && typeof Blob.prototype.arrayBuffer !== "function") Blob.prototype.arrayBuffer = readAsArrayBuffer;
  return render(
    <FluentProvider theme={webLightTheme}>
      <HostProvider host={host}>{ui}</HostProvider>
    </FluentProvider>,
  );
}
