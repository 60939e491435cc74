import { test, expect, Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { EVERY_PAGE, goto, signIn } from "./helpers";

// Every page, hydrated and without JavaScript (both projects run this file), scanned by
// axe-core against WCAG 2.1 A and AA: no serious or critical violation. axe itself runs as a
// script, so "without JavaScript" is the server's page with the app's scripts refused.

// Every page, and two filtered views whose markup differs.
const PAGES: [string, string | null][] = [
  ...EVERY_PAGE,
  ["/organisations?kind=sme&country=ES", null],
  ["/map?country=ES&metric=smes", null],
];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

test("no page has a serious or critical accessibility violation", async ({ browser }, info) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ baseURL: info.project.use.baseURL, javaScriptEnabled: true });
  if (info.project.use.javaScriptEnabled === false) await context.route(/\/pkg\/.*\.(js|wasm)$/, (route) => route.abort());
  const page = await context.newPage();
  const found: string[] = [];
  let signedInAs: string | null = null;
  for (const [path, who] of PAGES) {
    if (who !== signedInAs) {
      await page.context().clearCookies();
      if (who) await signIn(page, info, who);
      signedInAs = who;
    }
    await goto(page, info, path);
    for (const v of await violations(page)) found.push(`${path}: ${v}`);
  }
  await context.close();
  expect(found, "axe-core findings").toEqual([]);
});
