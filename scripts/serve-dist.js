#!/usr/bin/env node
// Serves dist/ over plain http on localhost for the preview page (no Excel and no certificates
// needed: the preview never loads office.js). Usage: node scripts/serve-dist.js [port]
"use strict";
const http = require("http");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..", "dist");
const port = Number(process.argv[2] || process.env.PORT || 8080);
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".png": "image/png", ".xml": "application/xml", ".map": "application/json", ".txt": "text/plain" };

if (!fs.existsSync(path.join(root, "preview.html"))) {
  console.error("dist/preview.html is missing: run npm run build first");
  process.exit(1);
}

http
  .createServer((req, res) => {
    const url = new URL(req.url || "/", "http://localhost");
    const file = path.resolve(root, "." + decodeURIComponent(url.pathname === "/" ? "/preview.html" : url.pathname));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  })
  .listen(port, "127.0.0.1", () => console.log(`PMO Workbench preview: http://localhost:${port}/preview.html (Ctrl+C to stop)`));
