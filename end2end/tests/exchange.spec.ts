import { test, expect } from "@playwright/test";
import { goto, signIn } from "./helpers";

// The organisers' matching board on the demo's running cohort. (The live, three-browser
// scenarios of issue 4 arrive with the members' application pages.)
const board = "/exchange/clusterxchange-2026-27/board";

test("an organiser sees quotas, matched pairs with reasons and unmatched visitors", async ({ page }, info) => {
  await signIn(page, info, "organiser@cloth.example");
  await goto(page, info, board);
  await expect(page.getByTestId("board")).toBeVisible();
  await expect(page.getByTestId("gauge-sme")).toContainText("/ 75");
  const rows = page.getByTestId("pairs").locator("tbody tr");
  expect(await rows.count()).toBeGreaterThan(20);
  // Every pair crosses a border: the two country lines differ.
  const first = rows.first();
  const visitorCountry = await first.locator("td").nth(0).locator("div").innerText();
  const hostCountry = await first.locator("td").nth(1).locator("div").innerText();
  expect(visitorCountry.split(" · ")[0]).not.toEqual(hostCountry);
  await page.screenshot({ path: `screenshots/${info.project.name}-board.png`, fullPage: true });
});

test("members and visitors never see the board", async ({ page }, info) => {
  await goto(page, info, board);
  await expect(page.getByTestId("board")).toHaveCount(0);
  await signIn(page, info, "member@cloth.example");
  await goto(page, info, board);
  await expect(page.getByTestId("board")).toHaveCount(0);
  await expect(page.locator("main")).toContainText("not allowed");
  // Nor by raw request (the event stream gives members only their own organisation's events).
  const data = await page.request.post("/api/exchange/board", { form: { cohort: "clusterxchange-2026-27" } });
  expect(data.status()).toBe(403);
});

test("an organiser locks a pair and another organiser's open board shows it", async ({ browser }, info) => {
  test.skip(info.project.use.javaScriptEnabled === false, "the other board updates through the event stream");
  const [mine, theirs] = [await browser.newContext(), await browser.newContext()];
  const [a, b] = [await mine.newPage(), await theirs.newPage()];
  await signIn(a, info, "organiser@cloth.example");
  await signIn(b, info, "admin@cloth.example");
  await goto(a, info, board);
  await goto(b, info, board);
  // A row of its own per project, as projects run side by side on one board. Locking the
  // pair the engine chose changes no assignment, so rows keep their places.
  const row = info.project.name === "phone" ? 1 : 0;
  const unlocked = a.getByTestId("pairs").locator("tbody tr").nth(row);
  const visitor = await unlocked.locator("td").first().locator("a").innerText();
  await unlocked.getByTestId("pair-lock").click();
  const rowOn = (page: typeof a) =>
    page.getByTestId("pairs").locator("tbody tr").filter({ hasText: visitor });
  await expect(rowOn(a)).toContainText("Locked");
  await expect(rowOn(b)).toContainText("Locked"); // no reload on b
  // Unlock it again, leaving the board as it was.
  await rowOn(a).getByTestId("pair-clear").click();
  await expect(rowOn(b)).not.toContainText("Locked");
  await mine.close();
  await theirs.close();
});
