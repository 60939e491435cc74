import { test, expect } from "@playwright/test";
import { goto, signIn, signUp, ready } from "./helpers";

test("a member edits their organisation: an invalid value is named, a valid one shows on the profile", async ({ page }, info) => {
  const org = `Drava Textiles ${info.project.name} ${Date.now()}`;
  await signUp(page, info, org);
  const description = `Circular knitwear from Maribor, run ${Date.now()}.`;

  await page.getByLabel("Description").fill(description);
  await page.getByRole("checkbox", { name: "Fashion & textile" }).check();
  await page.getByRole("checkbox", { name: "Knitting" }).first().check();
  await page.getByLabel("Website").fill("not a website");
  await page.getByTestId("save").click();

  await expect(page.getByTestId("form-errors")).toContainText("Website: Enter a web address");
  await expect(page.locator("#field-org-website-error")).toHaveText("Enter a web address such as www.example.eu.");
  // Nothing typed is lost.
  await expect(page.getByLabel("Description")).toHaveValue(description);
  await expect(page.getByRole("checkbox", { name: "Fashion & textile" })).toBeChecked();
  await ready(page, info);

  await page.getByLabel("Website").fill("www.drava-textiles.example");
  await page.getByLabel("Who can see this profile").selectOption("public");
  await page.getByTestId("save").click();

  await expect(page).toHaveURL(/\/organisations\/[a-z0-9-]+\?saved=1$/);
  await expect(page.getByRole("status")).toHaveText("Your changes are saved.");
  await expect(page.getByTestId("org-description")).toHaveText(description);
  await expect(page.getByTestId("topics-offered")).toContainText("Knitting");
  await expect(page.getByRole("link", { name: "https://www.drava-textiles.example/" })).toBeVisible();
});

test("a member cannot edit another organisation, by page or by raw request", async ({ page, request }, info) => {
  await signIn(page, info, "member@cloth.example");
  await goto(page, info, "/organisations/modacc");
  await expect(page.getByTestId("org-name")).toContainText("Modacc");
  await expect(page.getByTestId("edit-organisation")).toHaveCount(0);

  const res = await page.goto("/organisations/modacc/edit");
  expect(res?.status()).toBe(403);
  await expect(page.getByRole("alert")).toHaveText("You are not allowed to do this.");

  // The same request a hand-made form would send, with this member's session.
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name === "cloth_session");
  const raw = await request.post("/api/organisation/update", {
    headers: { cookie: `cloth_session=${session?.value}` },
    form: { slug: "modacc", "org[name]": "Hijacked", "org[kind]": "cluster", "org[country]": "ES", "org[city]": "Barcelona", "org[visibility]": "public" },
  });
  expect(raw.status()).toBe(403);
  await goto(page, info, "/organisations/modacc");
  await expect(page.getByTestId("org-name")).not.toContainText("Hijacked");
});

test("a visitor never sees a members-only organisation", async ({ page, browser }, info) => {
  const org = `Hidden Atelier ${info.project.name} ${Date.now()}`;
  await signUp(page, info, org);
  const profileUrl = page.url().replace(/\/edit\?welcome=1$/, "");

  const visitor = await browser.newContext({ baseURL: info.project.use.baseURL, javaScriptEnabled: info.project.use.javaScriptEnabled });
  const anon = await visitor.newPage();
  const res = await anon.goto(profileUrl);
  expect(res?.status()).toBe(404);
  await anon.goto(`/organisations?q=${encodeURIComponent(org)}`);
  await expect(anon.getByTestId("result-count")).toHaveText("No organisations match");
  await anon.goto("/organisations");
  await expect(anon.getByTestId("org-card").filter({ hasText: "Members only" })).toHaveCount(0);
  await visitor.close();

  // Members do see it.
  await goto(page, info, `/organisations?q=${encodeURIComponent(org)}`);
  await expect(page.getByTestId("org-card")).toHaveCount(1);
});
