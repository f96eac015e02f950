/*
 * ESLint flat config. `npm run lint` runs `office-addin-lint check`, which lints src/ with the
 * eslint.config.mjs of the project root when there is one (this file), so the name is fixed.
 *
 * - eslint-plugin-office-addins' React config: its Office.js rules (load before read, sync
 *   before read, no context.sync() in loops …) and typescript-eslint. The plugin's own config
 *   only names .js/.ts files; the same rules are applied to .tsx here. The Office.js rules are
 *   kept to the folders where Office.js runs.
 * - The layers of design.md, with no-restricted-imports: domain ← plan/operations ← hosts ←
 *   taskpane/preview/ribbon/cli.
 */
import tsParser from "@typescript-eslint/parser";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";

const withTsx = (config) =>
  config.files && config.files.some((f) => f.includes("ts,")) ? { ...config, files: [...config.files, "**/*.tsx"] } : config;

/** A regex for relative imports of the given top-level folders of src/. */
const layer = (...dirs) => `^\\.{1,2}/(?:\\.\\./)*(?:${dirs.join("|")})(?:/|$)`;

const UI_AND_ENTRY_POINTS = ["taskpane", "preview", "ribbon", "cli"];
const TESTS = ["**/*.test.ts", "**/*.test.tsx"];

export default [
  { ignores: ["dist/**", "out/**", "coverage/**", "node_modules/**", "bench/generated/**", ".tmp/**"] },

  ...officeAddins.configs.react.map(withTsx),
  react.configs.flat["jsx-runtime"],
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      // Set again: the plugin's config refers to the parser through a `default` export that
      // the CommonJS build of @typescript-eslint/parser does not have.
      parser: tsParser,
      ecmaVersion: "latest",
      sourceType: "module",
    },
    rules: {
      // TypeScript resolves names (Office, document, process …) and checks props itself.
      "no-undef": "off",
      "react/prop-types": "off",
      // Formatting is not linted: the code base uses a wider line than Prettier's default, and
      // there is no shared Prettier config yet.
      "prettier/prettier": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },

  // The Office.js rules recognise Office.js by shape (`x.getCell(…)` then a property read), so
  // they misfire on exceljs code. Office.js only runs in hosts/office, the task pane and the
  // ribbon; everywhere else they are off.
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/hosts/office/**", "src/taskpane/**", "src/ribbon/**"],
    rules: Object.fromEntries(Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, "off"])),
  },

  // Layers (design.md: dependencies point down only). Tests beside the code are not part of
  // the layer (src/domain/tsconfig.json leaves them out too): they may read fixtures and use
  // a host.
  {
    files: ["src/domain/**/*.{ts,tsx}"],
    ignores: TESTS,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "exceljs", message: "src/domain is pure: no exceljs (use a host)." },
            { name: "react", message: "src/domain is pure: no React." },
            { name: "@microsoft/office-js", message: "src/domain is pure: no Office.js." },
            { name: "jszip", message: "src/domain is pure: no file formats." },
          ],
          patterns: [
            { regex: "^(?:react-dom|react/.*|@fluentui/.*|office-js|@types/office-js)$", message: "src/domain is pure: no UI and no Office." },
            { regex: "^(?:node:)?(?:fs|path|child_process|os)(?:/.*)?$", message: "src/domain is pure: no Node I/O." },
            {
              regex: layer("plan", "operations", "hosts", "export", ...UI_AND_ENTRY_POINTS),
              message: "src/domain imports nothing from the layers above it (design.md).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/plan/**/*.{ts,tsx}", "src/operations/**/*.{ts,tsx}"],
    ignores: TESTS,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "exceljs", message: "Plans and operations are pure data: exceljs belongs to hosts/file." },
            { name: "react", message: "Plans and operations have no UI." },
          ],
          patterns: [
            { regex: layer("hosts", ...UI_AND_ENTRY_POINTS), message: "src/plan and src/operations may not import hosts, the UI or the CLI (design.md)." },
          ],
        },
      ],
    },
  },
];
