import { test, expect } from "@playwright/test";
import { goto, signIn } from "./helpers";

// Screenshots of every page, desktop and phone, for people to look at (end2end/screenshots).
const pages = [
  ["home", "/"],
  ["directory", "/organisations?kind=sme"],
  ["map", "/map"],
  ["map-spain", "/map?country=ES&metric=smes"],
  ["map-table", "/map?show=table&chain=circular-economy"],
  ["network", "/map?show=network&focus=c%3Amodacc"],
  ["region", "/regions/ES"],
  ["survey", "/survey"],
  ["region-nuts2", "/regions/ES51"],
  ["embed", "/embed/map?kind=sme"],
  ["profile", "/organisations/modacc"],
  ["sign-in", "/sign-in"],
  ["sign-up", "/sign-up"],
  ["not-found", "/no-such-page"],
  ["exchange", "/exchange"],
] as const;

for (const [name, path] of pages) {
  test(`screenshot: ${name}`, async ({ page }, info) => {
    await goto(page, info, path);
    await expect(page.locator("main")).toBeVisible();
    await page.screenshot({ path: `screenshots/${info.project.name}-${name}.png`, fullPage: true });
  });
}

test("screenshot: edit form", async ({ page }, info) => {
  await signIn(page, info, "member@cloth.example");
  await page.getByTestId("my-organisation").click();
  await page.getByTestId("edit-organisation").click();
  await expect(page.getByTestId("org-edit-form")).toBeVisible();
  await page.screenshot({ path: `screenshots/${info.project.name}-edit.png`, fullPage: true });
});

// The exchange pages, as the people who use them see them (organiser and member).
const signedIn = [
  ["exchange-board", "organiser@cloth.example", "/exchange/clusterxchange-2026-27/board"],
  ["exchange-cohort-form", "organiser@cloth.example", "/exchange/new"],
  ["exchange-member", "member@cloth.example", "/exchange/clusterxchange-2026-27"],
  ["exchange-offer", "member@cloth.example", "/exchange/clusterxchange-2026-27/offer"],
] as const;

for (const [name, who, path] of signedIn) {
  test(`screenshot: ${name}`, async ({ page }, info) => {
    await signIn(page, info, who);
    await goto(page, info, path);
    await expect(page.locator("main h1")).toBeVisible();
    await page.screenshot({ path: `screenshots/${info.project.name}-${name}.png`, fullPage: true });
  });
}

test("keyboard: the skip link and the filters are reachable", async ({ page }, info) => {
  await goto(page, info, "/organisations");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toBeVisible();
});
