import { test, expect, Browser } from "@playwright/test";
import { DEMO_PASSWORD, EVERY_PAGE } from "./helpers";

// The standing budget: a page's first visit loads at most 350 KB of compressed WASM. Every
// page is visited in a fresh browser (nothing cached), as the person it is for, and the
// WASM bytes that crossed the wire are added up. The table goes to the log.

const BUDGET = 350_000;
const PAGES = EVERY_PAGE;

async function firstVisit(browser: Browser, baseURL: string, path: string, who: string | null) {
  const context = await browser.newContext({ baseURL });
  if (who) {
    const res = await context.request.post("/api/session/sign_in", {
      form: { email: who, password: DEMO_PASSWORD },
      headers: { "sec-fetch-site": "same-origin" },
      maxRedirects: 0,
    });
    expect(res.status(), `${who} signs in`).toBeLessThan(400);
  }
  const page = await context.newPage();
  const wasm: { url: string; bytes: number; cache: string }[] = [];
  page.on("requestfinished", async (request) => {
    if (!request.url().endsWith(".wasm")) return;
    const response = await request.response();
    const sizes = await request.sizes();
    wasm.push({ url: request.url(), bytes: sizes.responseBodySize, cache: (await response?.allHeaders())?.["cache-control"] ?? "" });
  });
  await page.goto(path);
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
  await context.close();
  return wasm;
}

test("every page's first visit stays within the WASM budget, and the bundle is cached for good", async ({ browser }, info) => {
  test.setTimeout(120_000);
  const rows: string[] = [];
  for (const [path, who] of PAGES) {
    const wasm = await firstVisit(browser, String(info.project.use.baseURL), path, who);
    const total = wasm.reduce((sum, w) => sum + w.bytes, 0);
    rows.push(`${path.padEnd(48)} ${String(total).padStart(9)} B  ${who ?? "visitor"}`);
    expect(wasm.length, `${path} loads its islands`).toBeGreaterThan(0);
    expect(total, `${path}: ${total} bytes of compressed WASM`).toBeLessThanOrEqual(BUDGET);
    for (const w of wasm) {
      expect(w.url, "the bundle's name carries its hash").toMatch(/\/pkg\/cloth\.[A-Za-z0-9_-]+\.wasm$/);
      expect(w.cache).toBe("public, max-age=31536000, immutable");
    }
  }
  console.log(`First-visit WASM per page (compressed, budget ${BUDGET} B):\n${rows.join("\n")}`);
});
