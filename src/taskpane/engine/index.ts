/**
 * The engine, loaded on first use: the operations and what they import (rules, detection,
 * metrics, the report and its email body) are a chunk of their own, out of the pane's initial
 * scripts. The email draft (.eml and the attached .xlsx) needs exceljs and is loaded apart.
 */
export type Engine = typeof import("./impl");
export type EmailDraft = typeof import("./email-draft");

let engine: Promise<Engine> | null = null;
let draft: Promise<EmailDraft> | null = null;

export function loadEngine(): Promise<Engine> {
  engine ??= import(/* webpackChunkName: "engine" */ "./impl").catch((e: unknown) => {
    engine = null;
    throw e;
  });
  return engine;
}

export function loadEmailDraft(): Promise<EmailDraft> {
  draft ??= import(/* webpackChunkName: "email-draft" */ "./email-draft").catch((e: unknown) => {
    draft = null;
    throw e;
  });
  return draft;
}
