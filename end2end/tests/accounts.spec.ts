import { test, expect } from "@playwright/test";
import { goto, signIn, signUp, uniqueEmail, ready } from "./helpers";

test("a newcomer signs up, signs out and signs in again", async ({ page }, info) => {
  const org = `Maribor Knit ${info.project.name} ${Date.now()}`;
  const email = await signUp(page, info, org);
  await expect(page.getByRole("status")).toContainText("Welcome");
  await expect(page.getByTestId("signed-in-as")).toHaveText("Petra Novak");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
  await ready(page, info);

  await signIn(page, info, email, "a long enough password");
  await expect(page.getByTestId("my-organisation")).toHaveText(org);
});

test("sign-up names each bad field and keeps what was typed", async ({ page }, info) => {
  await goto(page, info, "/sign-up");
  await page.getByLabel("Your name").fill("Petra Novak");
  await page.getByLabel("Email address").fill("petra@");
  await page.getByLabel("Password").fill("short");
  await page.getByLabel("Organisation name").fill("Kept Name d.o.o.");
  await page.getByRole("button", { name: "Join" }).click();
  const summary = page.getByTestId("form-errors");
  await expect(summary).toContainText("Email address: Enter an email address");
  await expect(summary).toContainText("Password: Use at least 10 characters.");
  await expect(summary).toContainText("Country: This field is required.");
  await expect(page.getByLabel("Organisation name")).toHaveValue("Kept Name d.o.o.");
  await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
  // The page comes back with the focus on what to fix, and nothing typed in its address.
  await expect(summary).toBeFocused();
  expect(page.url()).not.toContain("Kept");
  expect(page.url().length).toBeLessThan(80);
});

test("signing in from a page that asked for it comes back to that page", async ({ page }, info) => {
  await goto(page, info, "/survey/answer");
  await expect(page.locator("main")).toContainText("Please sign in to continue.");
  await page.getByTestId("sign-in-link").click();
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsurvey%2Fanswer$/);
  await ready(page, info);
  await page.getByLabel("Email address").fill("member@cloth.example");
  await page.getByLabel("Password").fill("cloth-demo-2026");
  await page.getByTestId("sign-in-form").getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/survey\/answer$/);
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
});

test("a wrong password is refused without saying which part was wrong", async ({ page }, info) => {
  await goto(page, info, "/sign-in");
  await page.getByLabel("Email address").fill(uniqueEmail(info, "nobody"));
  await page.getByLabel("Password").fill("whatever it is");
  await page.getByTestId("sign-in-form").getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toHaveText("The email address or password is not right.");
  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
});
