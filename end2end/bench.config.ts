import { defineConfig } from "@playwright/test";

// Benchmarks, not tests: run by hand against a server you started (see docs/performance.md),
//   BENCH_URL=http://127.0.0.1:3200 npx playwright test -c bench.config.ts
export default defineConfig({
  testDir: "./bench",
  testMatch: /\.bench\.ts$/,
  timeout: 120_000,
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL: process.env.BENCH_URL ?? "http://127.0.0.1:3000",
    browserName: "chromium",
    viewport: { width: 1280, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-timer-throttling", "--disable-renderer-backgrounding"],
    },
  },
});
