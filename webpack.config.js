/*
 * Builds the three pages of the add-in into dist/:
 *   taskpane.html  the task pane (React); loads office.js from Microsoft's CDN
 *   commands.html  the ribbon's function file; loads office.js
 *   preview.html   the task pane over the file host in a plain browser; never loads office.js
 * plus assets/*.png and manifest.xml copied as they are.
 *
 * exceljs only ever sits in a lazily loaded chunk: the pages reach the file host through
 * `import()`, and the cache group below refuses to merge exceljs into an initial chunk
 * (test/build.test.ts checks the emitted taskpane.html).
 *
 * `webpack serve` serves https on port 3000 with the Office dev certificates; a plain build
 * never touches the certificates, so `npm run build` runs offline and unattended.
 */
"use strict";

const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const DEV_PORT = 3000;

/** The pages: entry name, entry module, HTML template, and whether the page needs office.js. */
const PAGES = [
  { name: "taskpane", entry: "./src/taskpane/index.tsx", template: "./src/taskpane/taskpane.html", title: "PMO Workbench", officeJs: true },
  { name: "commands", entry: "./src/ribbon/commands.ts", template: "./src/ribbon/commands.html", title: "PMO Workbench commands", officeJs: true },
  { name: "preview", entry: "./src/preview/index.tsx", template: "./src/preview/preview.html", title: "PMO Workbench preview", officeJs: false },
];

async function devServerHttpsOptions() {
  // Required here, not at the top: only `webpack serve` needs (and may install) the certificates.
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env, argv) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const dev = mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);

  /** @type {import("webpack").Configuration} */
  const config = {
    mode,
    context: __dirname,
    devtool: dev ? "eval-source-map" : "source-map",
    entry: Object.fromEntries(PAGES.map((p) => [p.name, p.entry])),
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].chunk.js" : "[name].[contenthash:8].chunk.js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
      // mimetext's main entry is its Node build (it imports node:os); the pane needs the browser build.
      alias: { mimetext$: path.resolve(__dirname, "node_modules/mimetext/dist/mimetext.browser.es.js") },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              // tsconfig.json targets Node (CommonJS); the bundle needs ES modules so that
              // `import()` becomes a real split point instead of a `require`.
              compilerOptions: { module: "esnext", moduleResolution: "node", sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      ...PAGES.map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: `${p.name}.html`,
            template: p.template,
            title: p.title,
            chunks: [p.name],
            officeJs: p.officeJs ? OFFICE_JS : null,
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    optimization: {
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: "exceljs",
            chunks: "async",
            priority: 20,
            enforce: true,
          },
        },
      },
    },
    performance: { hints: false },
  };

  if (serving) {
    config.devServer = {
      port: DEV_PORT,
      server: { type: "https", options: await devServerHttpsOptions() },
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
    };
  }

  return config;
};
