import { test, expect } from "@playwright/test";
import { goto, ready } from "./helpers";

test("choosing a language translates the page and stays on it", async ({ page }, info) => {
  await goto(page, info, "/organisations?kind=sme");
  await page.getByLabel("Language").selectOption("bg");
  await page.getByRole("button", { name: "Change" }).click();
  await expect(page).toHaveURL(/\/organisations\?kind=sme$/);
  await ready(page, info);
  await expect(page.locator("html")).toHaveAttribute("lang", "bg");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Организации");
  await expect(page.getByLabel("Език")).toHaveValue("bg");

  // The choice is remembered on the next page.
  await goto(page, info, "/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Реална картина на европейската екосистема на модата и текстила");
  await page.getByLabel("Език").selectOption("en");
  await page.getByRole("button", { name: "Промяна" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("the browser's preferred language is used until one is chosen", async ({ browser }, info) => {
  const context = await browser.newContext({
    baseURL: info.project.use.baseURL,
    javaScriptEnabled: info.project.use.javaScriptEnabled,
    locale: "fr-FR",
  });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("link", { name: "Se connecter" }).first()).toBeVisible();
  await context.close();
});
