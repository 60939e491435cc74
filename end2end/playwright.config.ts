import { defineConfig } from "@playwright/test";
import * as path from "node:path";
import * as os from "node:os";
import * as fs from "node:fs";

// Every run gets a fresh SQLite database with the demo data, on its own port.
const port = Number(process.env.E2E_PORT ?? 3100);
const root = path.resolve(__dirname, "..");
const runDir = fs.mkdtempSync(path.join(os.tmpdir(), "cloth-e2e-"));
const bin = process.env.CLOTH_BIN ?? path.join(os.homedir(), ".cache/cloth-target/release/cloth");

const chromium = {
  browserName: "chromium" as const,
  launchOptions: {
    // Debian's Chromium: Playwright cannot download its own browser here.
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  },
};

export default defineConfig({
  testDir: "./tests",
  outputDir: "./test-results",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
  },
  projects: [
    { name: "hydrate", use: { ...chromium, javaScriptEnabled: true } },
    // Server rendering and plain form posts must work before (and without) the WASM.
    { name: "no-js", use: { ...chromium, javaScriptEnabled: false }, testIgnore: /\.hydrate\.spec\.ts$/ },
    { name: "phone", use: { ...chromium, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }, testMatch: /screens\.spec\.ts$/ },
  ],
  webServer: {
    command: bin,
    cwd: root,
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: process.env.E2E_REUSE_SERVER === "1",
    timeout: 60_000,
    env: {
      DATABASE_URL: `sqlite://${runDir}/cloth.db?mode=rwc`,
      LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
      LEPTOS_SITE_ROOT: "target/site",
      LEPTOS_ENV: "PROD",
      // Sign-ins are many and fast in tests; the limit itself has its own test.
      CLOTH_SIGN_IN_PER_IP_PER_MINUTE: "1000",
      CLOTH_SIGN_IN_PER_EMAIL_PER_MINUTE: "1000",
      RUST_LOG: "warn",
    },
  },
});
