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

test("administrators add a challenge; members may not edit the list", async ({ page, browser }, info) => {
  const name = `Water use ${info.project.name} ${Date.now()}`;
  await signIn(page, info, "admin@cloth.example");
  await goto(page, info, "/survey");
  await page.getByRole("link", { name: "Edit the challenges" }).click();
  await page.getByRole("link", { name: "Add a challenge" }).click();
  const form = page.getByTestId("challenge-form");
  await form.getByRole("textbox", { name: "Challenge" }).fill("");
  await form.getByRole("button", { name: "Save challenge" }).click();
  await expect(form.getByText("This field is required.")).toBeVisible();
  await form.getByRole("textbox", { name: "Challenge" }).fill(name);
  await form.getByLabel("Eco-design").check();
  await form.getByRole("button", { name: "Save challenge" }).click();
  await expect(page.getByTestId("challenge-list")).toContainText(name);
  await goto(page, info, "/survey");
  await expect(page.getByTestId("heat-map")).toContainText(name);

  const other = await browser.newContext({ baseURL: info.project.use.baseURL, javaScriptEnabled: info.project.use.javaScriptEnabled });
  const member = await other.newPage();
  await signIn(member, info, "member@cloth.example");
  await member.goto("/survey/challenges");
  await expect(member.getByText("You are not allowed to do this.")).toBeVisible();
  await other.close();
});
