import { expect, Page, TestInfo } from "@playwright/test";

export const DEMO_PASSWORD = "cloth-demo-2026";

/** Waits until the page has hydrated (when JavaScript runs) so clicks reach Leptos. */
export async function ready(page: Page, info: TestInfo) {
  await page.waitForLoadState("domcontentloaded");
  if (info.project.use.javaScriptEnabled !== false) {
    await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
  }
}

export async function goto(page: Page, info: TestInfo, path: string) {
  await page.goto(path);
  await ready(page, info);
}

/** A unique address per test and project, so runs never collide. */
export function uniqueEmail(info: TestInfo, tag: string) {
  return `${tag}-${info.project.name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.eu`;
}

export async function signIn(page: Page, info: TestInfo, email: string, password = DEMO_PASSWORD) {
  await goto(page, info, "/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByTestId("sign-in-form").getByRole("button", { name: "Sign in" }).click();
  await ready(page, info);
  await openMenu(page);
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
}

/** On a phone the header's menu is folded behind a link: opens it (elsewhere it is open). */
export async function openMenu(page: Page) {
  const toggle = page.getByTestId("menu-open");
  if (await toggle.isVisible()) {
    await toggle.click();
    await expect(page.getByTestId("site-menu")).toBeVisible();
  }
}

/** Signs up a new person with a new organisation; returns on the organisation's edit page. */
export async function signUp(
  page: Page,
  info: TestInfo,
  org: string,
  email = uniqueEmail(info, "new"),
  country = "SI",
) {
  await goto(page, info, "/sign-up");
  await page.getByLabel("Your name").fill("Petra Novak");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByLabel("Organisation name").fill(org);
  await page.getByLabel("Kind of organisation").selectOption("sme");
  await page.getByLabel("Country").selectOption(country);
  await page.getByLabel("City").fill("Maribor");
  await page.getByRole("button", { name: "Join" }).click();
  await expect(page).toHaveURL(/\/organisations\/[a-z0-9-]+\/edit\?welcome=1$/);
  await ready(page, info);
  return email;
}

export const DEMO_COHORT = "clusterxchange-2026-27";

/** Every page of the app, with the demo account it is for (null: a visitor). */
export const EVERY_PAGE: [string, string | null][] = [
  ["/", null],
  ["/organisations", null],
  ["/organisations/modacc", null],
  ["/map", null],
  ["/map?show=table", null],
  ["/map?show=network&focus=c%3Amodacc", null],
  ["/embed/map", null],
  ["/regions/ES", null],
  ["/regions/ES51", null],
  ["/survey", null],
  ["/exchange", null],
  ["/sign-in", null],
  ["/sign-up", null],
  ["/no-such-page", null],
  ["/organisations/modacc/edit", "admin@cloth.example"],
  ["/survey/challenges", "admin@cloth.example"],
  ["/survey/answer", "member@cloth.example"],
  [`/exchange/${DEMO_COHORT}`, "member@cloth.example"],
  [`/exchange/${DEMO_COHORT}/application`, "member@cloth.example"],
  [`/exchange/${DEMO_COHORT}/offer`, "member@cloth.example"],
  ["/exchange/new", "organiser@cloth.example"],
  [`/exchange/${DEMO_COHORT}/edit`, "organiser@cloth.example"],
  [`/exchange/${DEMO_COHORT}/board`, "organiser@cloth.example"],
];
