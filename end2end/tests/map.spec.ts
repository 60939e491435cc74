import { test, expect, Page, TestInfo } from "@playwright/test";
import { goto, signUp } from "./helpers";

const jsOn = (info: TestInfo) => info.project.use.javaScriptEnabled !== false;
const zoomOf = (page: Page) => page.getByTestId("map-svg").getAttribute("data-zoom");

test("clicking a country filters the map and the list follows", async ({ page }, info) => {
  await goto(page, info, "/map");
  const before = await page.getByTestId("map-count").textContent();
  // A country sits under markers, so the click is dispatched to the country's own link.
  await page.locator('a[data-country="ES"]').dispatchEvent("click");
  await expect(page).toHaveURL(/country=ES/);
  await expect(page.getByTestId("map-count")).not.toHaveText(before ?? "");
  await expect(page.getByLabel("Country")).toHaveValue("ES");
  const cards = page.getByTestId("org-card");
  await expect(cards.first()).toBeVisible();
  for (const text of await cards.allTextContents()) expect(text).toContain("Spain");
  // Zoomed to Spain, with Barcelona's organisations among the markers.
  expect(Number(await zoomOf(page))).toBeGreaterThan(1);
  await expect(page.getByTestId("marker").filter({ visible: true }).first()).toBeVisible();
});

test("the map zooms by keyboard and by its buttons", async ({ page }, info) => {
  await goto(page, info, "/map");
  expect(await zoomOf(page)).toBe("1");
  if (jsOn(info)) {
    const map = page.getByRole("group", { name: /Map of Europe/ });
    await map.focus();
    await page.keyboard.press("+");
    await expect(page.getByTestId("map-svg")).toHaveAttribute("data-zoom", "2");
    const box = await page.getByTestId("map-svg").getAttribute("viewBox");
    await page.keyboard.press("ArrowRight");
    await expect(page.getByTestId("map-svg")).not.toHaveAttribute("viewBox", box ?? "");
    await page.keyboard.press("-");
    await expect(page.getByTestId("map-svg")).toHaveAttribute("data-zoom", "1");
  }
  await page.getByTestId("zoom-in").click();
  await expect(page.getByTestId("map-svg")).toHaveAttribute("data-zoom", "2");
  if (jsOn(info)) await expect(page).toHaveURL(/zoom=2/);
});

test("a map URL restores the same view after a reload", async ({ page }, info) => {
  // Italy: other specs running alongside sign up and publish organisations in Slovenia.
  const url = "/map?kind=sme&chain=fashion-textile&country=IT&metric=smes&zoom=4&at=1900,3000";
  await goto(page, info, url);
  const count = await page.getByTestId("map-count").textContent();
  const box = await page.getByTestId("map-svg").getAttribute("viewBox");
  await page.reload();
  await expect(page.getByLabel("Kind of organisation")).toHaveValue("sme");
  await expect(page.getByLabel("Value chain")).toHaveValue("fashion-textile");
  await expect(page.getByLabel("Colour countries by")).toHaveValue("smes");
  await expect(page.getByTestId("map-svg")).toHaveAttribute("data-zoom", "4");
  await expect(page.getByTestId("map-svg")).toHaveAttribute("viewBox", box ?? "");
  await expect(page.getByTestId("map-count")).toHaveText(count ?? "");
});

test("the table shows exactly what the map shows", async ({ page }, info) => {
  await goto(page, info, "/map?country=BG");
  const markers = page.getByTestId("marker");
  let onMap = 0;
  for (const n of await markers.evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-count"))))) onMap += n;
  await page.getByRole("link", { name: "Table" }).click();
  await expect(page.getByTestId("places-table")).toBeVisible();
  const counts = await page.getByTestId("places-table").locator("tbody td.tabular-nums").allTextContents();
  expect(counts.reduce((sum, c) => sum + Number(c), 0)).toBe(onMap);
  await expect(page.getByTestId("places-table")).toContainText("Sofia");
});

test("a visitor's map never shows members-only organisations", async ({ page, browser }, info) => {
  const org = `Hidden Map Atelier ${info.project.name} ${Date.now()}`;
  await signUp(page, info, org);
  await goto(page, info, `/map?q=${encodeURIComponent(org)}`);
  await expect(page.getByTestId("map-count")).toHaveText("1 organisation matches");

  const visitor = await browser.newContext({ baseURL: info.project.use.baseURL, javaScriptEnabled: jsOn(info) });
  const anon = await visitor.newPage();
  await anon.goto(`/map?q=${encodeURIComponent(org)}`);
  await expect(anon.getByTestId("map-count")).toHaveText("0 organisations match");
  await expect(anon.getByTestId("marker")).toHaveCount(0);
  await visitor.close();
});

test("the network view focuses a cluster and its members", async ({ page }, info) => {
  await goto(page, info, "/map?country=ES");
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Network" }).click();
  await expect(page.getByTestId("network-svg")).toBeVisible();
  await expect(page).toHaveURL(/show=network/);
  await expect(page).toHaveURL(/country=ES/);
  // Nodes sit under labels and edges, so the click goes to the node's own link.
  await page.locator('a[data-node="c:modacc"]').dispatchEvent("click");
  await expect(page).toHaveURL(/focus=c%3Amodacc/);
  const panel = page.getByTestId("network-focus");
  await expect(panel).toContainText("Modacc");
  await expect(panel.getByRole("link").first()).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("network-focus")).toContainText("Modacc");
});

test("a region page shows who is there and which needs nobody there meets", async ({ page }, info) => {
  await goto(page, info, "/map?country=BG");
  await page.getByTestId("region-link").click();
  await expect(page).toHaveURL(/\/regions\/BG$/);
  await expect(page.getByTestId("region-title")).toHaveText("Bulgaria");
  await expect(page.getByTestId("region-unmet")).toBeVisible();
  await page.getByRole("link", { name: /\(BG41\)/ }).click();
  await expect(page.getByTestId("region-title")).toContainText("(BG41), Bulgaria");
  await expect(page.getByTestId("region-count")).toContainText("organisation");
});

test("the as-of slider shows the ecosystem as it stood, to watch it grow", async ({ page }, info) => {
  test.skip(!jsOn(info), "the slider needs JavaScript; the filter form's date field does the same without it");
  await goto(page, info, "/map");
  const now = Number((await page.getByTestId("map-count").textContent())?.match(/\d+/)?.[0]);
  await page.getByLabel("The ecosystem as of").fill("12");
  await expect(page).toHaveURL(/asof=2023-06-30/);
  await expect(page.getByTestId("map-count")).not.toHaveText(/^${now} /);
  const then = Number((await page.getByTestId("map-count").textContent())?.match(/\d+/)?.[0]);
  expect(then).toBeLessThan(now);
  await expect(page.getByLabel("As of", { exact: true })).toHaveValue("2023-06-30");
});

test("choosing a country in the filters shows that country", async ({ page }, info) => {
  await goto(page, info, "/map");
  await page.getByTestId("filters").getByLabel("Country").selectOption("PT");
  if (!jsOn(info)) await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/country=PT/);
  await expect(page.getByTestId("map-svg")).not.toHaveAttribute("data-zoom", "1");
  expect(Number(await zoomOf(page))).toBeGreaterThan(2);
});

test("keyboard users can skip past the map's markers", async ({ page }, info) => {
  await goto(page, info, "/map");
  const skip = page.getByTestId("skip-map");
  await skip.focus();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("#map-after")).toBeFocused();
  await page.keyboard.press("Tab");
  // The next stop is below the map (the legend's downloads), not one of its markers.
  const next = await page.evaluate(() => document.activeElement?.closest("[data-testid=map]") === null);
  expect(next).toBe(true);
});
