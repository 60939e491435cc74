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
  const stream = await page.request.get("/exchange/clusterxchange-2026-27/events");
  expect(stream.status()).toBe(403);
});
