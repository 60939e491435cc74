import { test, expect } from "@playwright/test";
import { goto } from "./helpers";

test("directory filters live in the URL and survive a reload", async ({ page }, info) => {
  await goto(page, info, "/organisations");
  const total = await page.getByTestId("result-count").textContent();

  await page.getByLabel("Kind of organisation").selectOption("sme");
  await page.getByLabel("Country").selectOption("ES");
  await page.getByRole("button", { name: "Apply filters" }).click();

  await expect(page).toHaveURL(/kind=sme/);
  await expect(page).toHaveURL(/country=ES/);
  await expect(page.getByTestId("result-count")).not.toHaveText(total ?? "");
  const cards = page.getByTestId("org-card");
  await expect(cards.first()).toBeVisible();
  for (const text of await cards.allTextContents()) {
    expect(text).toContain("SME");
    expect(text).toContain("Spain");
  }
  const filtered = await page.getByTestId("result-count").textContent();

  await page.reload();
  await expect(page.getByLabel("Kind of organisation")).toHaveValue("sme");
  await expect(page.getByLabel("Country")).toHaveValue("ES");
  await expect(page.getByTestId("result-count")).toHaveText(filtered ?? "");
});

test("text search and pagination keep the other filters", async ({ page }, info) => {
  await goto(page, info, "/organisations?chain=fashion-textile");
  const next = page.getByRole("link", { name: "Next" });
  await expect(next).toHaveAttribute("href", /chain=fashion-textile&page=2/);
  await next.click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByTestId("page-status")).toContainText("Page 2 of");

  await goto(page, info, "/organisations?q=barcelona");
  await expect(page.getByTestId("org-card").first()).toContainText("Barcelona");
});
