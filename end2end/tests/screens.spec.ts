import { test, expect } from "@playwright/test";
import { goto, openMenu, signIn } from "./helpers";

// Screenshots of every page, desktop and phone, for people to look at (end2end/screenshots).
const pages = [
  ["home", "/", "Modacc"],
  ["directory", "/organisations?kind=sme", "SME"],
  ["map", "/map", "organisations match"],
  ["map-spain", "/map?country=ES&metric=smes", "Spain"],
  ["map-table", "/map?show=table&chain=circular-economy", "Barcelona"],
  ["network", "/map?show=network&focus=c%3Amodacc", "Modacc"],
  ["region", "/regions/ES", "Spain"],
  ["survey", "/survey", "challenge"],
  ["region-nuts2", "/regions/ES51", "Cataluña"],
  ["embed", "/embed/map?kind=sme", "Open this map on CLOTH"],
  ["profile", "/organisations/modacc", "Barcelona"],
  ["sign-in", "/sign-in", "Email address"],
  ["sign-up", "/sign-up", "Organisation name"],
  ["not-found", "/no-such-page", "Page not found"],
  ["exchange", "/exchange", "ClusterXchange"],
] as const;

for (const [name, path, shows] of pages) {
  test(`screenshot: ${name}`, async ({ page }, info) => {
    await goto(page, info, path);
    await expect(page.locator("main")).toContainText(shows);
    await page.screenshot({ path: `screenshots/${info.project.name}-${name}.png`, fullPage: true });
  });
}

test("screenshot: edit form", async ({ page }, info) => {
  await signIn(page, info, "member@cloth.example");
  await openMenu(page);
  await page.getByTestId("my-organisation").click();
  await page.getByTestId("edit-organisation").click();
  await expect(page.getByTestId("org-edit-form")).toBeVisible();
  await page.screenshot({ path: `screenshots/${info.project.name}-edit.png`, fullPage: true });
});

// The exchange pages, as the people who use them see them (organiser and member).
const signedIn = [
  ["exchange-board", "organiser@cloth.example", "/exchange/clusterxchange-2026-27/board", "Quota"],
  ["exchange-cohort-form", "organiser@cloth.example", "/exchange/new", "Cohort name"],
  ["exchange-member", "member@cloth.example", "/exchange/clusterxchange-2026-27", "Your application"],
  ["exchange-offer", "member@cloth.example", "/exchange/clusterxchange-2026-27/offer", "Visitors you can take"],
] as const;

for (const [name, who, path, shows] of signedIn) {
  test(`screenshot: ${name}`, async ({ page }, info) => {
    await signIn(page, info, who);
    await goto(page, info, path);
    await expect(page.locator("main h1")).toBeVisible();
    await expect(page.locator("main")).toContainText(shows);
    await page.screenshot({ path: `screenshots/${info.project.name}-${name}.png`, fullPage: true });
  });
}

test("phone: the header is one row and its menu opens, with and without JavaScript", async ({ browser }, info) => {
  test.skip(info.project.name !== "hydrate", "opens its own phone-sized pages, with and without JavaScript");
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto("/organisations");
    const header = await page.locator("header").boundingBox();
    expect(header!.height, "one row: the logo and the menu link").toBeLessThan(80);
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav).toBeHidden();
    await page.getByTestId("menu-open").click();
    await expect(nav.getByRole("link", { name: "Map" })).toBeVisible();
    await expect(page.getByTestId("sign-in-link")).toBeVisible();
    await expect(page.getByLabel("Language")).toBeVisible();
    if (javaScriptEnabled) await page.screenshot({ path: `screenshots/phone-menu-open.png` });
    await page.getByRole("link", { name: "Close menu" }).click();
    await expect(nav).toBeHidden();
    await page.getByTestId("menu-open").click();
    await nav.getByRole("link", { name: "Map" }).click();
    await expect(page).toHaveURL(/\/map$/);
    await context.close();
  }
});

test("phone: the map's filters are one line above the map and open on demand", async ({ browser }, info) => {
  test.skip(info.project.name !== "hydrate", "opens its own pages, phone-sized and wide, with and without JavaScript");
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto("/map?kind=sme");
    const filters = page.getByTestId("map-filters");
    const kind = page.getByLabel("Kind of organisation");
    await expect(kind).toBeHidden();
    const toggle = filters.locator("summary");
    await expect(toggle).toContainText("Filters · 1");
    const [above, map] = [await toggle.boundingBox(), await page.getByTestId("map-count").boundingBox()];
    expect(above!.y, "the filters come before the map").toBeLessThan(map!.y);
    await toggle.click();
    await expect(kind).toBeVisible();
    await expect(kind).toHaveValue("sme");
    // On a wide screen they are simply there, with no toggle.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.reload();
    await expect(page.getByLabel("Kind of organisation")).toBeVisible();
    await expect(page.getByTestId("map-filters").locator("summary")).toBeHidden();
    const [kindBox, countryBox] = [await page.getByLabel("Kind of organisation").boundingBox(), await page.getByLabel("Country").boundingBox()];
    expect(Math.abs(kindBox!.y - countryBox!.y), "the filters stand in one row").toBeLessThan(2);
    await context.close();
  }
});

test("keyboard: the skip link and the filters are reachable", async ({ page }, info) => {
  await goto(page, info, "/organisations");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toBeVisible();
});

// On a small phone (360 px) no page scrolls sideways: everything wraps, stacks or scrolls
// inside its own box.
const narrow = [
  ...pages.map(([, path]) => [path, null] as const),
  ...signedIn.map(([, who, path]) => [path, who] as const),
];
test("no page scrolls sideways on a 360 px phone", async ({ page }, info) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 740 });
  const wide: string[] = [];
  let signedInAs: string | null = null;
  for (const [path, who] of narrow) {
    if (who && who !== signedInAs) {
      await page.context().clearCookies();
      await signIn(page, info, who);
      signedInAs = who;
    }
    await goto(page, info, path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 360) wide.push(`${path}: ${width} px`);
  }
  expect(wide, "pages wider than the screen").toEqual([]);
});
