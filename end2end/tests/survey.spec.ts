import { test, expect } from "@playwright/test";
import { goto, signIn } from "./helpers";

test("the survey refuses an out-of-range rating by name and keeps the other answers", async ({ page }, info) => {
  await signIn(page, info, "member@cloth.example");
  await goto(page, info, "/survey");
  await expect(page.getByTestId("heat-map")).toBeVisible();
  await page.getByTestId("answer-survey").click();
  await expect(page.getByTestId("survey-form")).toBeVisible();

  const energy = page.getByRole("group", { name: "Energy costs" });
  const finance = page.getByRole("group", { name: "Finance" });
  await energy.getByLabel("4").check();
  // A rating the form does not offer, as a tampered or scripted submission would send it.
  await finance.getByLabel("5").check();
  await finance.locator('input[value="5"]').evaluate((el) => ((el as HTMLInputElement).value = "9"));
  await page.getByRole("button", { name: "Save answers" }).click();

  await expect(page.getByTestId("survey-errors")).toContainText("Finance: Choose a rating from 1");
  await expect(finance).toContainText("Choose a rating from 1");
  await expect(page.getByRole("group", { name: "Energy costs" }).getByLabel("4")).toBeChecked();

  await page.getByRole("group", { name: "Finance" }).getByLabel("2").check();
  await page.getByRole("button", { name: "Save answers" }).click();
  await expect(page.getByTestId("survey-saved")).toBeVisible();
  await goto(page, info, "/survey/answer");
  await expect(page.getByRole("group", { name: "Energy costs" }).getByLabel("4")).toBeChecked();
  await expect(page.getByRole("group", { name: "Finance" }).getByLabel("2")).toBeChecked();
});
