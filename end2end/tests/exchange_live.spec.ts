import { test, expect, Browser, Page, TestInfo } from "@playwright/test";
import { goto, ready, signIn, signUp } from "./helpers";

// ClusterXchange end to end on a cohort of its own (the demo cohort is shared by other specs):
// an organiser opens it through the cohort form; a host offers places; members apply through
// their forms; two organisers watch the board; proposals are answered by the members.

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function openCohort(page: Page, info: TestInfo, smeQuota: string) {
  await signIn(page, info, "organiser@cloth.example");
  await goto(page, info, "/exchange/new");
  const form = page.getByTestId("cohort-form");
  await form.getByLabel("Cohort name").fill(`Live ${info.project.name} ${Date.now()}`);
  await form.getByLabel("Applications open").fill(day(-1));
  await form.getByLabel("Applications close").fill(day(30));
  await form.getByLabel("Exchanges start").fill(day(40));
  await form.getByLabel("Exchanges end").fill(day(200));
  for (const [type, quota] of [["SMEs", smeQuota], ["Cluster organisations", "0"], ["Scale-up support organisations", "0"], ["Large companies", "0"], ["Public bodies", "0"]]) {
    await form.getByLabel(type, { exact: true }).fill(quota);
  }
  await form.getByTestId("save").click();
  await expect(page).toHaveURL(/\/exchange\/[a-z0-9-]+\/board/);
  await ready(page, info);
  return new URL(page.url()).pathname.split("/")[2];
}

async function newMember(browser: Browser, info: TestInfo, org: string, country: string) {
  const page = await (await browser.newContext()).newPage();
  await signUp(page, info, org, undefined, country);
  return page;
}

async function offerPlaces(page: Page, info: TestInfo, cohort: string) {
  await goto(page, info, `/exchange/${cohort}/offer`);
  const form = page.getByTestId("offer-form");
  await form.getByRole("group", { name: "Topics a visit shows" }).getByLabel("Knitting").check();
  await form.getByLabel("Visitors you can take in this cohort").fill("2");
  await form.getByLabel("Period 1 from").fill(day(45));
  await form.getByLabel("Period 1 until").fill(day(120));
  await form.getByRole("group", { name: "Working languages" }).getByLabel("English").check();
  await form.getByLabel("What a visit includes").fill("A week in our knitting hall.");
  await form.getByTestId("submit").click();
  await expect(page.getByTestId("saved")).toContainText("Your offer is saved.");
}

async function apply(page: Page, info: TestInfo, cohort: string) {
  await goto(page, info, `/exchange/${cohort}/application`);
  const form = page.getByTestId("application-form");
  await form.getByRole("group", { name: "Topics you want to learn about" }).getByLabel("Knitting").check();
  await form.getByRole("group", { name: "Value chains" }).getByLabel("Fashion & textile").check();
  await form.getByRole("group", { name: "Working languages" }).getByLabel("English").check();
  await form.getByLabel("Available from").fill(day(50));
  await form.getByLabel("Available until").fill(day(90));
  await form.getByLabel("Length of stay (days)").fill("5");
  await form.getByLabel("Motivation").fill("Circular knitwear for our region.");
  await form.getByTestId("submit").click();
  await expect(page.getByTestId("saved")).toContainText("Your application is saved.");
  await expect(page.getByTestId("visitor-entry").getByTestId("entry-status")).toContainText("Submitted");
}

test("members apply, two boards follow live, a decline re-matches and an acceptance confirms", async ({ browser }, info) => {
  test.skip(info.project.use.javaScriptEnabled === false, "boards and member pages update through the event stream");
  test.setTimeout(180_000);
  const organiser = await (await browser.newContext()).newPage();
  const cohort = await openCohort(organiser, info, "1");
  const board = `/exchange/${cohort}/board`;
  const colleague = await (await browser.newContext()).newPage();
  await signIn(colleague, info, "admin@cloth.example");
  await goto(colleague, info, board);

  const host = await newMember(browser, info, `Strik ${info.project.name} ${Date.now()}`, "DK");
  await offerPlaces(host, info, cohort);
  const first = `Punto ${info.project.name} ${Date.now()}`;
  const visitor = await newMember(browser, info, first, "SI");
  await apply(visitor, info, cohort);

  // Both open boards show the new pair without a reload.
  for (const page of [organiser, colleague]) {
    await expect(page.getByTestId("pairs")).toContainText(first);
    await expect(page.getByTestId("gauge-sme")).toContainText("1 / 1");
  }
  // The SME quota of one is reached: of two SME applicants one is matched, the other is not
  // and the board says why (equal scores: either may be the one).
  const second = `Maglia ${info.project.name} ${Date.now()}`;
  const other = await newMember(browser, info, second, "SI");
  await apply(other, info, cohort);
  await expect(colleague.getByTestId("board")).toContainText("2 applications");
  await expect(colleague.getByTestId("unmatched")).toContainText("The quota for their type is reached.");
  await expect(colleague.getByTestId("gauge-sme")).toContainText("Quota reached");
  await expect(colleague.getByTestId("pairs").locator("tbody tr")).toHaveCount(1);
  const matchedFirst = (await colleague.getByTestId("pairs").innerText()).includes(first);
  const [chosen, waiting] = matchedFirst ? [visitor, other] : [other, visitor];
  const [chosenName, waitingName] = matchedFirst ? [first, second] : [second, first];
  await expect(colleague.getByTestId("unmatched")).toContainText(waitingName);

  // Proposals go out; the chosen visitor's open page shows the host and why, without a reload.
  await goto(chosen, info, `/exchange/${cohort}`);
  await organiser.getByTestId("publish").click();
  // It asks first: proposing messages every member it pairs.
  await expect(organiser.getByText(/tells (its|each) visitor and host by message/)).toBeVisible();
  await organiser.getByTestId("publish-confirm").click();
  await expect(organiser.getByTestId("published")).toContainText("One pair proposed");
  const proposal = chosen.getByTestId("proposals-as-visitor").getByTestId("proposal");
  await expect(proposal).toContainText("Denmark");
  await expect(proposal.getByTestId("reasons")).toContainText("Knitting");
  await expect(colleague.getByTestId("pair-proposal")).toContainText("Waiting for answers");
  await chosen.screenshot({ path: `screenshots/${info.project.name}-exchange-proposal.png`, fullPage: true });

  // That visitor declines: the board re-matches that part, the other applicant takes the place.
  await proposal.getByTestId("decline").click();
  await expect(colleague.getByTestId("pairs")).toContainText(waitingName);
  await expect(colleague.getByTestId("pairs")).not.toContainText(chosenName);
  await expect(colleague.getByTestId("unmatched")).toContainText(chosenName);

  // Proposed again; accepting needs the quality commitment; both accept and it is confirmed.
  await goto(waiting, info, `/exchange/${cohort}`);
  await organiser.getByTestId("publish").click();
  // It asks first: proposing messages every member it pairs.
  await expect(organiser.getByText(/tells (its|each) visitor and host by message/)).toBeVisible();
  await organiser.getByTestId("publish-confirm").click();
  const offered = waiting.getByTestId("proposals-as-visitor").getByTestId("proposal");
  await offered.getByTestId("accept").click();
  await expect(offered.getByTestId("field-error")).toContainText("Tick the quality commitment");
  await offered.getByLabel(/We commit to a quality exchange/).check();
  await offered.getByTestId("accept").click();
  await expect(offered.getByTestId("my-answer")).toContainText("Accepted");
  await goto(host, info, `/exchange/${cohort}`);
  const incoming = host.getByTestId("proposals-as-host").getByTestId("proposal").filter({ hasText: waitingName });
  await incoming.getByLabel(/We commit to a quality exchange/).check();
  await incoming.getByTestId("accept").click();
  await expect(offered.getByTestId("confirmed")).toBeVisible(); // the visitor's page, live
  await expect(colleague.getByTestId("pair-proposal")).toContainText("Confirmed");
  await colleague.screenshot({ path: `screenshots/${info.project.name}-exchange-board-live.png`, fullPage: true });
});

test("an application names every problem, keeps what was typed, and saves a draft", async ({ browser }, info) => {
  const member = await newMember(browser, info, `Teixits ${info.project.name} ${Date.now()}`, "ES");
  await goto(member, info, "/exchange/clusterxchange-2026-27/application");
  const form = member.getByTestId("application-form");
  await form.getByLabel("Motivation").fill("Learning dyeing.");
  await form.getByLabel("Length of stay (days)").fill("400");
  await form.getByTestId("submit").click();
  await expect(member.getByTestId("form-errors")).toContainText("Topics you want to learn about");
  await expect(member.getByTestId("form-errors")).toContainText("Length of stay (days)");
  await expect(member.getByTestId("application-form").getByLabel("Motivation")).toHaveValue("Learning dyeing.");
  await member.screenshot({ path: `screenshots/${info.project.name}-exchange-application-errors.png`, fullPage: true });
  // A draft keeps even an unfinished form.
  await member.getByTestId("save-draft").click();
  await expect(member.getByTestId("saved")).toContainText("Your application is saved.");
  await expect(member.getByTestId("visitor-entry").getByTestId("entry-status")).toContainText("Draft");
  await goto(member, info, "/exchange/clusterxchange-2026-27/application");
  await expect(member.getByTestId("application-form").getByLabel("Motivation")).toHaveValue("Learning dyeing.");
  await member.screenshot({ path: `screenshots/${info.project.name}-exchange-cohort.png`, fullPage: true });
});

test("members cannot reach the board, cohort editing or another organisation's proposal", async ({ page }, info) => {
  await signIn(page, info, "member@cloth.example");
  await goto(page, info, "/exchange");
  await expect(page.getByTestId("cohorts")).toContainText("ClusterXchange 2026");
  await expect(page.getByTestId("new-cohort")).toHaveCount(0);
  await page.screenshot({ path: `screenshots/${info.project.name}-exchange-cohorts.png`, fullPage: true });
  await goto(page, info, "/exchange/new");
  await expect(page.locator("main")).toContainText("not allowed");
  const form = { cohort: "clusterxchange-2026-27", proposal: "0190f0e0-0000-7000-8000-000000000000", answer: "accept", commitment: "yes" };
  const answer = await page.request.post("/api/exchange/answer", { form });
  expect(answer.status()).toBe(404);
  const publish = await page.request.post("/api/exchange/publish", { form: { cohort: "clusterxchange-2026-27" } });
  expect(publish.status()).toBe(403);
  const cohort = await page.request.post("/api/exchange/save-cohort", { form: { slug: "clusterxchange-2026-27", "cohort[name]": "Mine now" } });
  expect(cohort.status()).toBe(403);
});
